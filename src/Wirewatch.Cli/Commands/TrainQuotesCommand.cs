using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;
using Wirewatch.Core.Pipeline;
using Wirewatch.Eval.Attribution;
using Wirewatch.Events.Quotes;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch train quotes</c>: trains the attribution model of quotes.v1 on PolNeAR's train split (each text parsed
/// once), measures it on the dev split and writes <c>data/models/quotes.wwm</c>.
/// </summary>
internal sealed class TrainQuotesCommand : ICommand
{
    private const string Licence = "Weights derived from the attribution annotations of PolNeAR v1.0.0 (networkdynamics/PolNeAR; no licence stated, "
        + "distributed for research use; the annotated texts are copyrighted news articles and none of their text is in the model); see NOTICE.";

    private static readonly float[] Thresholds = [-12f, -10f, -9f, -8f, -7f, -6f, -5f, -4f, -3f, -2f, -1f, 0f, 1f];

    public string Name => "train quotes";

    public string Summary => "Train the attribution model of quotes.v1 on PolNeAR train, measure it on dev, write data/models/quotes.wwm.";

    public string Help => """
        Usage: wirewatch train quotes [--data PATH] [--out DIR] [--epochs N] [--seed N] [--limit N] [--threads N]
               [--folds K]

        Parses polnear/train/text/*.txt once (tokens, tags, parse, entities) and trains the averaged
        perceptron that chooses, for each verb, noun or adjective, one content among the candidates cut
        from its parse (clausal complement, object, prepositional complement, the clause before it, the
        rest of the sentence, ...) or none, helped by the scores of three token-level perceptrons
        (content ends here, content starts here, this is a cue; jackknifed over the train texts), against the gold attributions in polnear/train/attributions
        (the first annotator's file in name order), and a second perceptron that chooses the source of
        each attribution among the nouns, names and pronouns of its cue's sentence, or none. Direct
        quotations and "according to" stay with the rules. Then scores the model and the rules alone on polnear/dev (content F1 and content-with-
        source F1 as in 'eval quotes') and writes DIR/quotes.wwm with its manifest. The same data and
        seed give a byte-identical file.

        Options:
          --data PATH    the shared data folder (default: ../shared/data)
          --out DIR      where to write the model (default: data/models of this repository)
          --epochs N     training epochs (default 8)
          --seed N       shuffling seed (default 1)
          --limit N      train on N texts spread over the split (for quick experiments)
          --threads N    parsing threads (default 2; the result does not depend on it)
          --unreachable FILE  write the gold cue tokens none of whose candidates matches (for study)
          --folds K      cross-validate instead: train K models, each without every K-th train text,
                         score each on the texts it left out and print the pooled content and
                         with-source F1 per decoding threshold; writes no model, reads no dev text
          --help         show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--data", "--out", "--epochs", "--seed", "--limit", "--threads", "--unreachable", "--folds"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var shared = Path.GetFullPath(args.Value("--data") ?? DataDirectory.ResolveShared());
        var outDir = UdTrainingData.ModelFolder(args);
        int epochs = args.Int("--epochs", 8);
        int seed = args.Int("--seed", 1);
        int limit = args.Int("--limit", 0);
        int threads = Math.Max(1, args.Int("--threads", 2));
        const float PruneBelow = 0.001f;
        int folds = args.Int("--folds", 0);
        if (folds is 1 or < 0)
        {
            throw new UsageException($"--folds must be 2 or more; it was {folds}.");
        }

        var train = Path.Combine(shared, "polnear", "train");
        var dev = Path.Combine(shared, "polnear", "dev");
        foreach (var folder in new[] { Path.Combine(train, "text"), Path.Combine(train, "attributions"), Path.Combine(dev, "text"), Path.Combine(dev, "attributions") })
        {
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"'{folder}' does not exist; --data must be the shared data folder with polnear/train and polnear/dev.");
            }
        }

        var clock = Stopwatch.StartNew();
        var data = DataDirectory.Resolve();
        var rules = QuoteComponent.Load(data, model: null).Quotes;
        var pipeline = EvalQuotesCommand.BuildPipeline(null);
        var trainFiles = Texts(train, limit);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parsing {trainFiles.Count} train texts ..."));
        var trainDocs = Parse(pipeline, trainFiles, threads, context.CancellationToken);
        if (folds > 0)
        {
            return CrossValidate(context, rules, trainFiles, trainDocs, folds, epochs, seed, PruneBelow);
        }

        // Every tenth train text is held out for a first model that tunes the decoding threshold; the final model
        // is then trained on all texts with that threshold. Dev is only measured.
        var trainer = new AttributionTrainer(rules);
        var fold = new AttributionTrainer(rules);
        var heldOut = new List<(Document Document, List<AttributionExample> Gold)>();
        using var unreachable = args.Value("--unreachable") is { } unreachablePath ? new StreamWriter(unreachablePath) : null;
        if (unreachable is not null)
        {
            trainer.OnUnreachable = unreachable.WriteLine;
        }

        for (int i = 0; i < trainFiles.Count; i++)
        {
            var gold = Gold(trainFiles[i].Gold);
            trainer.Add(trainDocs[i], gold);
            if (i % 10 == 9)
            {
                heldOut.Add((trainDocs[i], gold));
            }
            else
            {
                fold.Add(trainDocs[i], gold);
            }

            trainDocs[i] = null!;
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  parsed in {clock.Elapsed.TotalSeconds:0} s: {trainer.GoldAttributions} gold attributions, {trainer.Examples} cue tokens, {trainer.Unreachable} gold cue tokens without a matching candidate"));
        var manifest = new ModelManifest
        {
            Name = "quotes",
            Version = AttributionModel.Version,
            Description = "Attribution model of quotes.v1: for each verb, noun or adjective not taken by the direct-quotation and 'according to' rules, "
                + "a structured averaged perceptron over hashed features (cue lemma, form, tag, relation, cue-list kind, candidate kind, anchor, length, "
                + "quotation marks, subject, neighbours, where the candidate starts and stops, the listed cue verbs, commas and relative clauses inside it, "
                + "the other cues and quotation marks of the sentence, agreement with the rules, and the scores of three token-level perceptrons "
                + "stacked under it: a content ends here, a content starts here, this token is a cue) chooses one content "
                + "candidate cut from the parse, or none; a second perceptron chooses the source of every attribution found by the rules' quotations or by the model.",
            TrainingData = [FolderReference("train", train, limit > 0 ? trainFiles : null), FolderReference("dev (figures only)", dev, null)],
            Licence = Licence,
            Command = "./wirewatch train quotes" + (epochs != 8 ? $" --epochs {epochs}" : "") + (seed != 1 ? $" --seed {seed}" : "") + (limit > 0 ? $" --limit {limit}" : ""),
            Seed = seed,
            Epochs = epochs,
            Hyperparameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["candidates"] = "ccomp, xcomp, obj, obl/nmod without the preposition, advcl, parataxis, csubj, acl of a noun, iobj/dep/conj; ccomp/xcomp/obj/parataxis/obl/acl cut before each of up to three trailing loose clauses (a subordinate clause with its conjunction needs no comma), before a semicolon, parenthesis or dash, and before the first comma after the anchor outside quotation marks; everything the cue governs after it; the subject of a passive cue or of an adjective; head clause without the cue's; sentence to the comma before the cue; rest of the sentence; the rest of the sentence and everything the cue governs after it without a leading preposition, and cut before their first comma, semicolon, parenthesis or dash outside quotation marks",
                ["stacking"] = "binary averaged perceptrons score every candidate edge (content ends / starts at this token: words, tags, the largest constituent starting or ending there, quotation marks, listed cue verbs around) and every cue token (lemma with tag, relation, complements, subject, object, preposition, head); the chooser sees their log-bucketed scores by candidate kind and whether the edge is the best among the cue's candidates; in training the scores of each document come from models trained on the other four fifths of the documents (5 folds by index), the shipped scorers are trained on all, 5 epochs each; their features updated fewer than twice are dropped",
                ["cueTokens"] = "VERB, NOUN, ADJ not inside a direct quotation, a long quotation with no cue or a rule's attribution; candidates overlapping a rule's attribution left out",
                ["sources"] = "a second perceptron chooses each attribution's source among the nouns, names and pronouns of the cue's sentence outside the content (dependency path to the cue, relation, entity label, side, distance, candidates between, agreement with the rules' speaker), or none; trained on the gold cue and content of every train attribution",
                ["pruneBelow"] = PruneBelow.ToString(CultureInfo.InvariantCulture),
                ["trainTexts"] = trainFiles.Count.ToString(CultureInfo.InvariantCulture),
                ["trainCueTokens"] = trainer.Examples.ToString(CultureInfo.InvariantCulture),
                ["trainSourceChoices"] = trainer.SourceExamples.ToString(CultureInfo.InvariantCulture),
            },
        };
        var foldModel = fold.Train(epochs, seed, PruneBelow, manifest, line => context.Error.WriteLine("  held-out fold: " + line));
        float threshold = 0f;
        double bestHeldOut = -1;
        AttributionScore? heldOutScore = null;
        foreach (float candidate in Thresholds)
        {
            var extractor = new QuoteExtractor(rules.Cues, foldModel.With(candidate));
            var total = new AttributionScore(0, 0, 0, 0);
            foreach (var (document, gold) in heldOut)
            {
                var predicted = EvalQuotesCommand.ToAttributions(extractor.Extract(document), document.Text);
                total = total.Add(AttributionMetric.Score(ToBrat(gold), predicted));
            }

            double f = total.ContentF1 + total.SourceF1;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  threshold {candidate,5:0.0}: held-out content F1 {100 * total.ContentF1:0.00}, with source F1 {100 * total.SourceF1:0.00}"));
            if (f > bestHeldOut)
            {
                bestHeldOut = f;
                threshold = candidate;
                heldOutScore = total;
            }
        }

        manifest.Hyperparameters["decoding"] = string.Create(CultureInfo.InvariantCulture,
            $"best candidate per cue token above threshold {threshold} (tuned on every tenth train text with a model trained on the rest: content F1 + with-source F1); highest scores first, no overlapping contents; a cue that lost to one earlier content takes its place when that content's cue has another candidate above the threshold that leaves room and the pair scores more, and a cue whose best content lost takes its next candidate that fits; a long quotation left without a cue is kept with no cue and no speaker");
        var model = trainer.Train(epochs, seed, PruneBelow, manifest, line => context.Error.WriteLine("  " + line)).With(threshold);
        var devFiles = Texts(dev, 0);
        var devDocs = Parse(pipeline, devFiles, threads, context.CancellationToken);
        var learned = Score(new QuoteExtractor(rules.Cues, model), devFiles, devDocs);
        var alone = Score(rules, devFiles, devDocs);
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["devContentP"] = Math.Round(100 * learned.ContentPrecision, 2),
            ["devContentR"] = Math.Round(100 * learned.ContentRecall, 2),
            ["devContentF1"] = Math.Round(100 * learned.ContentF1, 2),
            ["devSourceP"] = Math.Round(100 * learned.SourcePrecision, 2),
            ["devSourceR"] = Math.Round(100 * learned.SourceRecall, 2),
            ["devSourceF1"] = Math.Round(100 * learned.SourceF1, 2),
            ["heldOutTrainContentF1"] = Math.Round(100 * heldOutScore!.ContentF1, 2),
            ["heldOutTrainSourceF1"] = Math.Round(100 * heldOutScore.SourceF1, 2),
            ["devRulesOnlyContentF1"] = Math.Round(100 * alone.ContentF1, 2),
            ["devRulesOnlySourceF1"] = Math.Round(100 * alone.SourceF1, 2),
        };
        var final = model.With(model.Threshold, model.Manifest with { Figures = figures });
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, AttributionModel.FileName);
        var bytes = final.Save(path);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({bytes.Length / 1024.0:0} KB) in {clock.Elapsed.TotalSeconds:0} s"));
        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev documents: {devFiles.Count}, gold attributions: {learned.Gold}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rules only:  content F1 {100 * alone.ContentF1:0.00}  with source F1 {100 * alone.SourceF1:0.00}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"with model:  content P {100 * learned.ContentPrecision:0.00}  R {100 * learned.ContentRecall:0.00}  F1 {100 * learned.ContentF1:0.00}  with source P {100 * learned.SourcePrecision:0.00}  R {100 * learned.SourceRecall:0.00}  F1 {100 * learned.SourceF1:0.00}"));
        var json = new StringBuilder("{\"task\":\"train quotes\",\"system\":\"").Append(AttributionModel.Version).Append('"');
        foreach (var (key, value) in figures)
        {
            json.Append(",\"").Append(key).Append("\":").Append(value.ToString(CultureInfo.InvariantCulture));
        }

        o.WriteLine(json.Append('}').ToString());
        return CommandLineApp.ExitOk;
    }

    // Pooled held-out figures of K models, each trained without one K-th of the train texts (text i is in fold i mod K).
    private static int CrossValidate(CliContext context, QuoteExtractor rules, List<(string Name, string Text, string? Gold)> files, Document[] docs,
        int folds, int epochs, int seed, float pruneBelow)
    {
        if (folds > files.Count)
        {
            throw new UsageException($"--folds must be at most the number of train texts ({files.Count}); it was {folds}.");
        }

        var golds = new List<AttributionExample>[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            golds[i] = Gold(files[i].Gold);
        }

        var totals = new AttributionScore[Thresholds.Length];
        Array.Fill(totals, new AttributionScore(0, 0, 0, 0));
        var manifest = new ModelManifest { Name = "quotes", Version = AttributionModel.Version, Description = "cross-validation fold" };
        for (int k = 0; k < folds; k++)
        {
            var trainer = new AttributionTrainer(rules);
            for (int i = 0; i < files.Count; i++)
            {
                if (i % folds != k)
                {
                    trainer.Add(docs[i], golds[i]);
                }
            }

            var model = trainer.Train(epochs, seed, pruneBelow, manifest, _ => { });
            for (int j = 0; j < Thresholds.Length; j++)
            {
                var extractor = new QuoteExtractor(rules.Cues, model.With(Thresholds[j]));
                for (int i = k; i < files.Count; i += folds)
                {
                    var predicted = EvalQuotesCommand.ToAttributions(extractor.Extract(docs[i]), docs[i].Text);
                    totals[j] = totals[j].Add(AttributionMetric.Score(ToBrat(golds[i]), predicted));
                }
            }

            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fold {k + 1} of {folds} done"));
        }

        int best = 0;
        for (int j = 0; j < Thresholds.Length; j++)
        {
            var t = totals[j];
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threshold {Thresholds[j],5:0.0}: content P {100 * t.ContentPrecision:0.00} R {100 * t.ContentRecall:0.00} F1 {100 * t.ContentF1:0.00}  with source F1 {100 * t.SourceF1:0.00}"));
            if (t.ContentF1 + t.SourceF1 > totals[best].ContentF1 + totals[best].SourceF1)
            {
                best = j;
            }
        }

        var b = totals[best];
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"task\":\"train quotes --folds\",\"folds\":{folds},\"threshold\":{Thresholds[best]},\"contentP\":{Math.Round(100 * b.ContentPrecision, 2)},\"contentR\":{Math.Round(100 * b.ContentRecall, 2)},\"contentF1\":{Math.Round(100 * b.ContentF1, 2)},\"sourceF1\":{Math.Round(100 * b.SourceF1, 2)}}}"));
        return CommandLineApp.ExitOk;
    }

    private static List<(string Name, string Text, string? Gold)> Texts(string split, int limit)
    {
        var files = Directory.GetFiles(Path.Combine(split, "text"), "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        var result = new List<(string, string, string?)>();
        var attributions = Path.Combine(split, "attributions");
        for (int i = 0; i < files.Length; i++)
        {
            // A limit takes texts spread evenly over the (publisher-sorted) list.
            if (limit > 0 && limit < files.Length && (long)i * limit / files.Length == (long)(i + 1) * limit / files.Length)
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(files[i]);
            result.Add((name, files[i], EvalQuotesCommand.GoldFile(attributions, name)));
        }

        return result;
    }

    private static Document[] Parse(Pipeline pipeline, List<(string Name, string Text, string? Gold)> files, int threads, CancellationToken cancellationToken)
    {
        var docs = new Document[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, options, i => docs[i] = pipeline.Process(new Document(File.ReadAllText(files[i].Text)), cancellationToken));
        return docs;
    }

    private static List<AttributionExample> Gold(string? path)
    {
        var result = new List<AttributionExample>();
        if (path is null)
        {
            return result;
        }

        foreach (var a in BratAttributionReader.Read(path))
        {
            result.Add(new AttributionExample(a.Cue?.Parts ?? [], a.Content.Parts) { Source = a.Source?.Parts });
        }

        return result;
    }

    private static List<BratAttribution> ToBrat(List<AttributionExample> gold)
    {
        var result = new List<BratAttribution>(gold.Count);
        foreach (var g in gold)
        {
            result.Add(new BratAttribution(g.Source is { Count: > 0 } source ? new AttributionSpan(source) : null,
                g.Cue.Count > 0 ? new AttributionSpan(g.Cue) : null, new AttributionSpan(g.Content)));
        }

        return result;
    }

    private static AttributionScore Score(QuoteExtractor extractor, List<(string Name, string Text, string? Gold)> files, Document[] docs)
    {
        var total = new AttributionScore(0, 0, 0, 0);
        for (int i = 0; i < files.Count; i++)
        {
            if (files[i].Gold is not { } gold)
            {
                continue;
            }

            var predicted = EvalQuotesCommand.ToAttributions(extractor.Extract(docs[i]), docs[i].Text);
            total = total.Add(AttributionMetric.Score(BratAttributionReader.Read(gold), predicted));
        }

        return total;
    }

    // One hash over a split's text and attribution files (names and bytes, in name order), or over the chosen texts.
    private static DataFileReference FolderReference(string role, string split, List<(string Name, string Text, string? Gold)>? chosen)
    {
        var files = new List<string>();
        if (chosen is null)
        {
            files.AddRange(Directory.GetFiles(Path.Combine(split, "text"), "*.txt"));
            files.AddRange(Directory.GetFiles(Path.Combine(split, "attributions"), "*.ann"));
        }
        else
        {
            foreach (var (_, text, gold) in chosen)
            {
                files.Add(text);
                if (gold is not null)
                {
                    files.Add(gold);
                }
            }
        }

        var shown = "polnear/" + Path.GetFileName(split.TrimEnd('/', '\\')) + "/{text,attributions}";
        return DataFileReference.OfFiles(role, shown, split, files);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;
using Wirewatch.Eval.Relations;
using Wirewatch.Events.Quotes;
using Wirewatch.Events.Relations;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch train relations</c>: trains the relation pair model of quotes.v1 on re3d's train fold (the documents
/// <c>eval relations --fold train</c> reads), tunes its decoding by cross-validation inside that fold and writes
/// <c>data/models/relations.wwm</c>. The held-out fold's gold is never used.
/// </summary>
internal sealed class TrainRelationsCommand : ICommand
{
    private const string Licence = "Weights derived from the relation annotations of the re3d corpus (Dstl; dstl/re3d) train fold: parts under "
        + "public domain (CENTCOM, US State Department), the Open Government Licence v3 (UK Government), CC BY 3.0 AU (Australian Department of "
        + "Foreign Affairs) and CC BY-SA 3.0 (Wikipedia); no text is kept; the weights are shared under CC BY-SA 4.0; see NOTICE.";

    private const float PruneBelow = 0.001f;

    // Features seen in fewer updates are mostly noise on 71 documents; dropping them halves the file at the same CV figures.
    private const int MinUpdates = 3;

    private static readonly float[] Thresholds = [-12f, -9f, -6f, -4f, -3f, -2f, -1f, -0.5f, 0f, 0.5f, 1f, 2f, 3f, 4f, 6f, 8f];

    public string Name => "train relations";

    public string Summary => "Train the relation pair model of quotes.v1 on re3d's train fold (threshold by cross-validation inside it), write data/models/relations.wwm.";

    public string Help => """
        Usage: wirewatch train relations [--data PATH] [--out DIR] [--epochs N] [--seed N] [--folds K]
               [--min-precision P] [--threads N]

        Reads re3d (PATH/re3d, or PATH itself when it is the re3d folder) and keeps its train fold only:
        the documents numbered in corpus order (folders by name, documents by id) whose index mod 5 is
        not 4, as 'eval relations --fold train' does; the held-out fold's texts and gold are never used.
        Parses each text once (tokens, tags, parse, entities), runs the relation rules, and trains an
        averaged perceptron over every pair of mentions of one sentence at most 24 tokens apart with no
        quotation mark between them (names: PER, ORG, GPE, LOC, FAC, NORP; common-noun phrases; he,
        she, we, they) that chooses none or a predicate with its direction (re3d's BelongsTo ->
        member-of, InChargeOf -> leader-of, CoLocated -> located-in, FightingAgainst and Dislikes ->
        rival-of, AlliesOf and Likes -> affiliated-with). Features: entity labels and actor sectors,
        the words between, the dependency path between the heads, distance, head nouns, the rules'
        match. The decoding threshold (and
        whether the model may drop a rule's relation between two mentions it scores below it) is tuned
        by K-fold cross-validation inside the train fold (document i in fold i mod K), scored as
        'eval relations' scores: the best F1 among the settings with precision at least
        --min-precision. Then the model is trained on the whole train fold and written to
        DIR/relations.wwm with its manifest. The same data and seed give a byte-identical file.
        The last line of output is JSON.

        Options:
          --data PATH    the shared data folder holding re3d, or the re3d folder (default: ../shared/data)
          --out DIR      where to write the model (default: data/models of this repository)
          --epochs N     training epochs (default 20)
          --seed N       shuffling seed (default 1)
          --folds K      cross-validation folds for the threshold (default 5; at least 2)
          --min-precision P  the decoding chosen is the best cross-validated F1 among the settings
                         whose cross-validated precision is at least P per cent (default 40)
          --threads N    parsing threads (default 2; the result does not depend on it)
          --unreachable FILE  write the gold relations no candidate pair matches (for study)
          --help         show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--data", "--out", "--epochs", "--seed", "--folds", "--threads", "--min-precision", "--unreachable"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        int epochs = args.Int("--epochs", 20);
        int seed = args.Int("--seed", 1);
        int folds = args.Int("--folds", 5);
        int threads = Math.Max(1, args.Int("--threads", 2));
        int minPrecision = args.Int("--min-precision", 40);
        if (epochs < 1)
        {
            throw new UsageException($"--epochs must be 1 or more; it was {epochs}.");
        }

        if (folds < 2)
        {
            throw new UsageException($"--folds must be 2 or more; it was {folds}.");
        }

        var shared = Path.GetFullPath(args.Value("--data") ?? DataDirectory.ResolveShared());
        var re3d = Directory.Exists(Path.Combine(shared, "re3d")) ? Path.Combine(shared, "re3d") : shared;
        if (!Directory.Exists(re3d))
        {
            throw new UsageException($"'{shared}' does not exist; --data must be the shared data folder with re3d, or the re3d folder.");
        }

        var outDir = UdTrainingData.ModelFolder(args);
        var clock = Stopwatch.StartNew();
        var documents = new List<Re3dDocument>();
        foreach (var d in Re3dRelationCorpus.ReadDocuments(re3d))
        {
            if (d.Index % 5 != 4)
            {
                documents.Add(d);
            }
        }

        if (folds > documents.Count)
        {
            throw new UsageException($"--folds must be at most the number of train documents ({documents.Count}); it was {folds}.");
        }

        // The gold files hold both folds; only the train fold's documents are read from them.
        var trainIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            trainIds.Add(d.Id);
        }

        var allGold = Re3dRelationCorpus.ReadGold(re3d, trainIds);
        var gold = new Dictionary<string, List<GoldRelation>>(StringComparer.Ordinal);
        var examples = new List<RelationExample>[documents.Count];
        for (int i = 0; i < documents.Count; i++)
        {
            var list = allGold.GetValueOrDefault(documents[i].Id) ?? [];
            gold[documents[i].Id] = list;
            examples[i] = [];
            foreach (var g in list)
            {
                examples[i].Add(new RelationExample(g.Type, new TextSpan(g.SourceStart, g.SourceEnd), new TextSpan(g.TargetStart, g.TargetEnd)));
            }
        }

        allGold.Clear();
        var rules = QuoteComponent.Load(DataDirectory.Resolve(), model: null).Relations;
        var pipeline = EvalQuotesCommand.BuildPipeline(null);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parsing {documents.Count} re3d train-fold documents ..."));
        var docs = new Document[documents.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = context.CancellationToken };
        Parallel.For(0, documents.Count, options, i => docs[i] = pipeline.Process(new Document(documents[i].Text), context.CancellationToken));

        // Cross-validation inside the train fold: each document is predicted once, by the model trained without its fold.
        var manifest = new ModelManifest { Name = "relations", Version = RelationModel.Version, Description = "cross-validation fold" };
        var settings = new List<(float Threshold, bool Veto)>();
        foreach (bool veto in new[] { false, true })
        {
            foreach (float t in Thresholds)
            {
                settings.Add((t, veto));
            }
        }

        var predictions = new Dictionary<string, List<PredictedRelation>>[settings.Count];
        for (int s = 0; s < settings.Count; s++)
        {
            predictions[s] = new Dictionary<string, List<PredictedRelation>>(StringComparer.Ordinal);
        }

        for (int k = 0; k < folds; k++)
        {
            var trainer = new RelationTrainer(rules);
            for (int i = 0; i < documents.Count; i++)
            {
                if (i % folds != k)
                {
                    trainer.Add(docs[i], examples[i]);
                }
            }

            var model = trainer.Train(epochs, seed, PruneBelow, MinUpdates, manifest);
            for (int s = 0; s < settings.Count; s++)
            {
                var extractor = new RelationExtractor(rules.Patterns, model.With(settings[s].Threshold, settings[s].Veto));
                for (int i = k; i < documents.Count; i += folds)
                {
                    predictions[s][documents[i].Id] = Predict(extractor, docs[i]);
                }
            }

            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fold {k + 1} of {folds} done"));
        }

        // The best F1 among the settings whose precision reaches the floor (the best F1 overall when none does).
        var o = context.Out;
        int best = -1;
        var scores = new RelationScore[settings.Count];
        for (int pass = 0; pass < 2 && best < 0; pass++)
        {
            for (int s = 0; s < settings.Count; s++)
            {
                scores[s] ??= RelationMetric.Score(gold, predictions[s]);
                if ((pass == 1 || 100 * scores[s].Precision >= minPrecision) && (best < 0 || scores[s].F1 > scores[best].F1))
                {
                    best = s;
                }
            }
        }

        for (int s = 0; s < settings.Count; s++)
        {
            var score = scores[s];
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cv threshold {settings[s].Threshold,5:0.0} {(settings[s].Veto ? "veto" : "keep")} rules: predicted {score.Predicted,4}  correct {score.Correct,4}  P {100 * score.Precision:0.00}  R {100 * score.Recall:0.00}  F1 {100 * score.F1:0.00}{(s == best ? "  <- chosen" : "")}"));
        }

        var bestScore = scores[best];
        foreach (var (predicate, (n, c)) in bestScore.ByPredicate)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cv {predicate,-16} predicted {n,4}  correct {c,4}  P {(n == 0 ? 0 : 100.0 * c / n),6:0.00}"));
        }

        foreach (var (type, (n, f)) in bestScore.ByGoldType)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cv gold {type,-16} {n,4}  found {f,4}  R {(n == 0 ? 0 : 100.0 * f / n),6:0.00}"));
        }

        var (threshold, vetoRules) = settings[best];
        var full = new RelationTrainer(rules);
        using var unreachable = args.Value("--unreachable") is { } unreachablePath ? new StreamWriter(unreachablePath) : null;
        if (unreachable is not null)
        {
            full.OnUnreachable = unreachable.WriteLine;
        }

        for (int i = 0; i < documents.Count; i++)
        {
            full.Add(docs[i], examples[i]);
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {full.Pairs} candidate pairs, {full.Positives} with a gold class; {full.GoldRelations} gold relations of a learned type, {full.Reachable} matched by a pair"));
        var final = full.Train(epochs, seed, PruneBelow, MinUpdates, manifest, line => context.Error.WriteLine("  " + line)).With(threshold, vetoRules);
        var rulesOnly = Score(rules, documents, docs, gold);
        var fit = Score(new RelationExtractor(rules.Patterns, final), documents, docs, gold);
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["cvPrecision"] = Math.Round(100 * bestScore.Precision, 2),
            ["cvRecall"] = Math.Round(100 * bestScore.Recall, 2),
            ["cvF1"] = Math.Round(100 * bestScore.F1, 2),
            ["trainFitPrecision"] = Math.Round(100 * fit.Precision, 2),
            ["trainFitRecall"] = Math.Round(100 * fit.Recall, 2),
            ["trainRulesOnlyPrecision"] = Math.Round(100 * rulesOnly.Precision, 2),
            ["trainRulesOnlyRecall"] = Math.Round(100 * rulesOnly.Recall, 2),
        };
        var saved = final.With(threshold, vetoRules, new ModelManifest
        {
            Name = "relations",
            Version = RelationModel.Version,
            Description = "Relation pair model of quotes.v1: a multi-class averaged perceptron over hashed features (entity labels and actor sectors of both "
                + "mentions, distance, mentions between, the lemmas between and the first, last and verb ones, the words just outside, the dependency path "
                + "between the heads with and without its lemmas, the heads' relations and head nouns, the relation rules' match and direction) chooses none "
                + "or a predicate with its direction for each pair of mentions (names, common-noun phrases, personal pronouns) of one sentence; "
                + "learned relations pass the rules' checks (actors on both sides, a place as located-in's object, a person as leader); "
                + "whether the model may drop a rule's relation is in the decoding setting.",
            TrainingData = [FolderReference(re3d)],
            Licence = Licence,
            Command = "./wirewatch train relations" + (epochs != 20 ? $" --epochs {epochs}" : "") + (seed != 1 ? $" --seed {seed}" : "") + (folds != 5 ? $" --folds {folds}" : "") + (minPrecision != 40 ? $" --min-precision {minPrecision}" : ""),
            Seed = seed,
            Epochs = epochs,
            Hyperparameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["fold"] = "train: re3d documents in corpus order (folders by name, documents by id) whose index mod 5 is not 4",
                ["candidates"] = $"pairs of mentions in one sentence, at most {RelationModel.MaxGap} tokens between, no quotation mark between, not of one entity: PER/ORG/GPE/LOC/FAC/NORP names; noun phrases headed by a common noun (subject, object, oblique, nominal modifier, apposition, conjunct, root) without the names inside them; he, she, we, they",
                ["classes"] = "none; member-of (BelongsTo), leader-of (InChargeOf), located-in (CoLocated), each either way; rival-of (FightingAgainst, Dislikes); affiliated-with (AlliesOf, Likes)",
                ["decoding"] = string.Create(CultureInfo.InvariantCulture,
                    $"best predicate when it outscores none by more than {threshold}; rule relations between two candidate mentions {(vetoRules ? "need the same" : "are always kept")} (chosen by {folds}-fold cross-validation inside the train fold: best F1 with precision at least {minPrecision} %)"),
                ["pruneBelow"] = PruneBelow.ToString(CultureInfo.InvariantCulture),
                ["minUpdates"] = MinUpdates.ToString(CultureInfo.InvariantCulture),
                ["trainDocuments"] = documents.Count.ToString(CultureInfo.InvariantCulture),
                ["trainPairs"] = full.Pairs.ToString(CultureInfo.InvariantCulture),
                ["trainPositivePairs"] = full.Positives.ToString(CultureInfo.InvariantCulture),
            },
            Figures = figures,
        });
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, RelationModel.FileName);
        var bytes = saved.Save(path);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({bytes.Length / 1024.0:0} KB) in {clock.Elapsed.TotalSeconds:0} s"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"chosen: threshold {threshold}, {(vetoRules ? "veto" : "keep")} rules; cv P {100 * bestScore.Precision:0.00}  R {100 * bestScore.Recall:0.00}  F1 {100 * bestScore.F1:0.00}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"train fold, rules only: P {100 * rulesOnly.Precision:0.00}  R {100 * rulesOnly.Recall:0.00}; with the model (fit, not a test): P {100 * fit.Precision:0.00}  R {100 * fit.Recall:0.00}"));
        var json = new StringBuilder("{\"task\":\"train relations\",\"system\":\"").Append(RelationModel.Version).Append("\",\"threshold\":")
            .Append(threshold.ToString(CultureInfo.InvariantCulture)).Append(",\"vetoRules\":").Append(vetoRules ? "true" : "false");
        foreach (var (key, value) in figures)
        {
            json.Append(",\"").Append(key).Append("\":").Append(value.ToString(CultureInfo.InvariantCulture));
        }

        o.WriteLine(json.Append('}').ToString());
        return CommandLineApp.ExitOk;
    }

    private static List<PredictedRelation> Predict(RelationExtractor extractor, Document document)
    {
        var list = new List<PredictedRelation>();
        foreach (var r in extractor.Extract(document, []))
        {
            list.Add(new PredictedRelation(r.Predicate, r.Subject.Start, r.Subject.End, r.Object.Start, r.Object.End));
        }

        return list;
    }

    private static RelationScore Score(RelationExtractor extractor, List<Re3dDocument> documents, Document[] docs, Dictionary<string, List<GoldRelation>> gold)
    {
        var predicted = new Dictionary<string, List<PredictedRelation>>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
        {
            predicted[documents[i].Id] = Predict(extractor, docs[i]);
        }

        return RelationMetric.Score(gold, predicted);
    }

    // One hash over every source folder's documents, entities and relations files (names and bytes, in name order).
    private static DataFileReference FolderReference(string re3d)
    {
        var files = new List<string>();
        foreach (var folder in Directory.GetDirectories(re3d))
        {
            foreach (var name in new[] { "documents.json", "entities.json", "relations.json" })
            {
                var file = Path.Combine(folder, name);
                if (File.Exists(file))
                {
                    files.Add(file);
                }
            }
        }

        return DataFileReference.OfFiles("train fold (index mod 5 is not 4)", "re3d/*/{documents,entities,relations}.json", re3d, files);
    }
}

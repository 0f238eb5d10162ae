using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wirewatch.Core.IO;
using Wirewatch.Entities;
using Wirewatch.Eval.Ner;
using Wirewatch.Models.Entities;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch train ner</c>: trains the named-entity recognizer on the openly licensed corpora (UNER English EWT,
/// wikigold, re3d), reports held-out figures per source, and writes <c>data/models/ner.wwm</c>.
/// </summary>
internal sealed class TrainNerCommand : ICommand
{
    private const string Licence = "Weights derived from UNER English EWT (CC BY-SA 4.0), wikigold (CC BY 4.0) and re3d's public-domain, OGL v3, CC BY 3.0 AU and CC BY-SA 3.0 parts; see NOTICE.";

    private static readonly string[] PerOrgLoc = ["PER", "ORG", "LOC"];

    public string Name => "train ner";

    public string Summary => "Train the named-entity recognizer on UNER EWT, wikigold and re3d and write data/models/ner.wwm.";

    public string Help => """
        Usage: wirewatch train ner [--data PATH] [--out DIR] [--epochs N] [--seed N] [--upper F] [--final] [--folds DIR]

        Trains the greedy BILOU averaged-perceptron recognizer (PER, ORG, LOC, MISC) with lexicon
        flags from data/actors and data/gazetteer. Splits (fixed): UNER English EWT dev is training
        and its test split held out; wikigold and re3d documents are numbered in file order and
        every fifth (index mod 5 = 4) is held out. UNER and re3d do not mark MISC names, so a MISC
        guess where they say O is not counted as an error. A fraction F of the training sentences
        is written in capitals (headline robustness). Reports exact-span F1 on each held-out fold,
        also with the held-out text in capitals, then writes DIR/ner.wwm and its manifest.

        Options:
          --data PATH   the shared data folder (default: ../shared/data)
          --out DIR     where to write the model (default: data/models of this repository)
          --epochs N    training epochs (default 12)
          --seed N      shuffling and augmentation seed (default 1)
          --upper F     fraction of training sentences put in capitals (default 0.1)
          --final       after measuring on the held-out folds, train again on all folds and save that model
          --folds DIR   also write the held-out folds as CoNLL files (for 'eval ner')
          --help        show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--data", "--out", "--epochs", "--seed", "--upper", "--folds"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--final"];

    public int Run(CommandArgs args, CliContext context)
    {
        var shared = Path.GetFullPath(args.Value("--data") ?? DataDirectory.ResolveShared());
        int epochs = args.Int("--epochs", 12);
        int seed = args.Int("--seed", 1);
        double upper = double.TryParse(args.Value("--upper") ?? "0.1", NumberStyles.Float, CultureInfo.InvariantCulture, out var u) ? u : throw new UsageException("--upper expects a fraction.");
        var clock = Stopwatch.StartNew();

        var unerTrain = Path.Combine(shared, "uner-ewt", "en_ewt-ud-dev.iob2");
        var unerTest = Path.Combine(shared, "uner-ewt", "en_ewt-ud-test.iob2");
        var wikigoldPath = Path.Combine(shared, "wikigold", "wikigold.conll.txt");
        var re3dPath = Path.Combine(shared, "re3d");
        foreach (var required in new[] { unerTrain, unerTest, wikigoldPath })
        {
            if (!File.Exists(required))
            {
                throw new UsageException($"Training file '{required}' is missing; pass --data PATH.");
            }
        }

        // (source, document, held out?, lacks MISC?)
        var corpus = new List<(string Source, NerDocument Doc, bool HeldOut, bool LacksMisc)>();
        foreach (var doc in NerCorpusReader.ReadFile(unerTrain).Documents)
        {
            corpus.Add(("uner-ewt", doc, false, true));
        }

        foreach (var doc in NerCorpusReader.ReadFile(unerTest).Documents)
        {
            corpus.Add(("uner-ewt", doc, true, true));
        }

        var wikigold = NerCorpusReader.ReadFile(wikigoldPath).Documents;
        for (int i = 0; i < wikigold.Count; i++)
        {
            corpus.Add(("wikigold", wikigold[i], i % 5 == 4, false));
        }

        var re3d = Re3dReader.ReadAll(re3dPath);
        for (int i = 0; i < re3d.Count; i++)
        {
            corpus.Add(("re3d", re3d[i].Document, i % 5 == 4, true));
        }

        var lexicon = EntityResources.LoadLexicon(DataDirectory.Resolve());
        var random = new Random(seed);
        var train = new List<EntityTrainingDocument>();
        var heldOut = new List<EntityTrainingDocument>();
        var heldOutCaps = new List<EntityTrainingDocument>();
        var everything = new List<EntityTrainingDocument>();
        foreach (var (source, doc, held, lacksMisc) in corpus)
        {
            var augmented = Convert(source, doc, lacksMisc, lexicon, sentence => random.NextDouble() < upper);
            everything.Add(augmented);
            if (held)
            {
                heldOut.Add(Convert(source, doc, lacksMisc, lexicon, _ => false));
                heldOutCaps.Add(Convert(source, doc, lacksMisc, lexicon, _ => true));
            }
            else
            {
                train.Add(augmented);
            }
        }

        if (args.Value("--folds") is { } foldsDir)
        {
            WriteFolds(foldsDir, corpus);
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"train ner: {train.Count} training documents ({train.Sum(d => d.TokenCount)} tokens), {heldOut.Count} held out ({heldOut.Sum(d => d.TokenCount)} tokens); flags computed in {clock.Elapsed.TotalSeconds:F0}s"));
        var manifest = new ModelManifest
        {
            Name = "ner",
            Version = PerceptronEntityRecognizer.Version,
            Description = "Named-entity recognizer (PER, ORG, LOC, MISC): greedy BILOU averaged perceptron over hashed features with actor-dictionary and gazetteer flags.",
            TrainingData =
            [
                UdTrainingData.Reference("train", unerTrain),
                UdTrainingData.Reference("heldout", unerTest),
                UdTrainingData.Reference("train+heldout (every fifth document held out)", wikigoldPath),
                .. Directory.GetFiles(re3dPath, "entities.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => UdTrainingData.Reference("train+heldout (every fifth document held out)", p)),
            ],
            Licence = Licence,
            Command = string.Create(CultureInfo.InvariantCulture, $"./wirewatch train ner --epochs {epochs} --seed {seed} --upper {upper}{(args.Flag("--final") ? " --final" : string.Empty)}"),
        };
        var clusters = EntityResources.LoadClusters(DataDirectory.Resolve());
        var options = new EntityTrainingOptions { Epochs = epochs, Seed = seed, FlagNames = EntityLexicon.FlagNames, Clusters = clusters };
        var trainClock = Stopwatch.StartNew();
        var recognizer = EntityRecognizerTrainer.Train(train, heldOut, options, manifest, line => context.Error.WriteLine("  " + line));
        double trainSeconds = trainClock.Elapsed.TotalSeconds;

        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var source in new[] { "uner-ewt", "wikigold", "re3d" })
        {
            var fold = heldOut.Where(d => d.Source == source).ToList();
            var caps = heldOutCaps.Where(d => d.Source == source).ToList();
            var score = EntityRecognizerTrainer.Evaluate(recognizer, fold);
            var capsScore = EntityRecognizerTrainer.Evaluate(recognizer, caps);
            figures[$"heldOut.{source}.perOrgLocF1"] = Math.Round(score.F1Over(PerOrgLoc), 2);
            figures[$"heldOut.{source}.allF1"] = Math.Round(score.F1, 2);
            figures[$"heldOut.{source}.capitals.perOrgLocF1"] = Math.Round(capsScore.F1Over(PerOrgLoc), 2);
            var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"held out {source,-9}: PER+ORG+LOC F1 {score.F1Over(PerOrgLoc):F2} (P {score.PrecisionOver(PerOrgLoc):F2} R {score.RecallOver(PerOrgLoc):F2}), all types {score.F1:F2}, in capitals {capsScore.F1Over(PerOrgLoc):F2};"));
            foreach (var (type, c) in score.ByType)
            {
                line.Append(CultureInfo.InvariantCulture, $" {type} {F1(c):F1} ({c.Gold})");
            }

            context.Out.WriteLine(line.ToString());
        }

        var all = EntityRecognizerTrainer.Evaluate(recognizer, heldOut);
        figures["heldOut.all.perOrgLocF1"] = Math.Round(all.F1Over(PerOrgLoc), 2);
        figures["heldOut.all.allF1"] = Math.Round(all.F1, 2);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held out all      : PER+ORG+LOC F1 {all.F1Over(PerOrgLoc):F2}, all types {all.F1:F2}; trained in {trainSeconds:F0}s"));

        if (args.Flag("--final"))
        {
            context.Error.WriteLine($"train ner: --final: training again on all {everything.Count} documents");
            trainClock.Restart();
            recognizer = EntityRecognizerTrainer.Train(everything, null, options, manifest, line => context.Error.WriteLine("  " + line));
            trainSeconds = trainClock.Elapsed.TotalSeconds;
        }

        var final = recognizer.Manifest with
        {
            Figures = figures,
            Hyperparameters = new SortedDictionary<string, string>(recognizer.Manifest.Hyperparameters, StringComparer.Ordinal)
            {
                ["upperFraction"] = upper.ToString(CultureInfo.InvariantCulture),
                ["split"] = "UNER EWT dev train / test held out; wikigold and re3d every fifth document held out",
                ["figuresFrom"] = args.Flag("--final") ? "the model trained on the training folds only; the saved model was then trained on all folds" : "this model",
            },
        };
        recognizer = recognizer.WithManifest(final);
        var path = Path.Combine(UdTrainingData.ModelFolder(args), EntityResources.ModelFile);
        var bytes = recognizer.Save(path);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path} ({bytes.Length / 1048576.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0}s (last training {trainSeconds:F0}s)"));
        return CommandLineApp.ExitOk;
    }

    private static double F1((int Gold, int Predicted, int Correct) c)
    {
        double p = c.Predicted == 0 ? 0 : 100.0 * c.Correct / c.Predicted;
        double r = c.Gold == 0 ? 0 : 100.0 * c.Correct / c.Gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    // A corpus document as training data, sentences chosen by `capitals` written in capitals, flags computed.
    private static EntityTrainingDocument Convert(string source, NerDocument doc, bool lacksMisc, EntityLexicon lexicon, Func<int, bool> capitals)
    {
        var sentences = new List<string[]>(doc.Sentences.Count);
        var names = new List<List<EntitySpan>>(doc.Sentences.Count);
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var tokens = doc.Sentences[s].Tokens;
            bool caps = capitals(s);
            var words = new string[tokens.Count];
            var tags = new string[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                var word = tokens[i].Text.Length == 0 ? "_" : tokens[i].Text;
                words[i] = caps ? word.ToUpperInvariant() : word;
                tags[i] = tokens[i].Gold;
            }

            var spans = new List<EntitySpan>();
            IobTags.ToSpans(tags, type => BilouLabels.TypeId(type), spans);
            sentences.Add(words);
            names.Add(spans);
        }

        var result = EntityTrainingDocument.Create(source, sentences, names, lacksMisc);
        lexicon.Compute(result.Text, result.Starts, result.Ends, result.Boundaries, result.Flags, []);
        return result;
    }

    private static void WriteFolds(string folder, List<(string Source, NerDocument Doc, bool HeldOut, bool LacksMisc)> corpus)
    {
        Directory.CreateDirectory(folder);
        foreach (var source in new[] { "wikigold", "re3d" })
        {
            var sb = new StringBuilder();
            foreach (var (s, doc, held, _) in corpus)
            {
                if (s != source || !held)
                {
                    continue;
                }

                sb.Append("-DOCSTART- O\n\n");
                foreach (var sentence in doc.Sentences)
                {
                    foreach (var token in sentence.Tokens)
                    {
                        sb.Append(token.Text).Append(' ').Append(token.Gold.Length == 0 ? "O" : token.Gold).Append('\n');
                    }

                    sb.Append('\n');
                }
            }

            File.WriteAllText(Path.Combine(folder, source + "-heldout.conll"), sb.ToString(), new UTF8Encoding(false));
        }
    }
}

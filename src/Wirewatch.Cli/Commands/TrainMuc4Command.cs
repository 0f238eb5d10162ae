using System.Diagnostics;
using System.Globalization;
using Wirewatch.Core.IO;
using Wirewatch.Eval.Muc4;
using Wirewatch.Events.Templates;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Tagging;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch train muc4</c>: trains the MUC-4 role tagger on GRIT's train split, tunes its decoding on the dev
/// split (CEAF-REE strict), and writes <c>data/models/muc4-roles.wwm</c>.
/// </summary>
internal sealed class TrainMuc4Command : ICommand
{
    private const string Licence = "Weights derived from the MUC-3/MUC-4 terrorism corpus (distributed publicly by NRaD/NIST for research, no explicit licence) in the processed form of GRIT (xinyadu/grit_doc_event_entity, MIT); see NOTICE.";

    private static readonly float[] Biases = [0f, 4f, 8f, 11f, 14f, 18f, 24f];

    public string Name => "train muc4";

    public string Summary => "Train the MUC-4 role-filler tagger on GRIT train, tune decoding on dev, write data/models/muc4-roles.wwm.";

    public string Help => """
        Usage: wirewatch train muc4 [--data PATH] [--out DIR] [--epochs N] [--seed N] [--alignment all|first] [--words-only]

        Trains the greedy BIO averaged-perceptron role tagger (PerpInd, PerpOrg, Target, Victim,
        Weapon) on muc4/grit/train.jsonl: gold mention strings are placed on the tokenizer's tokens
        (every whole-token occurrence, or only the first), first without every tenth training
        document. The decoding decisions (bias against O, merging of contained mentions, first
        mention only) are tuned on those held-out documents by CEAF-REE strict micro F1; then the
        tagger is retrained on all of train, the untouched muc4/grit/dev.jsonl is scored, the dev
        figures printed, and DIR/muc4-roles.wwm written with its manifest. Word clusters come from data/models/clusters.wwm (a copy goes into the model).
        Unless --words-only, the features also read this repository's tagger and parser (UPOS, the
        relation of the word's phrase to its governor, the path up to the nearest attack word), so
        'eval muc4' then runs them too.

        Options:
          --data PATH               the shared data folder (default: ../shared/data)
          --out DIR                 where to write the model (default: data/models of this repository)
          --epochs N                training epochs (default 10)
          --seed N                  shuffling seed (default 1)
          --alignment all|first     how gold mentions are placed on tokens (default all)
          --words-only              no parse features (faster)
          --tune-on-dev             tune the decoding on dev (the figures are then not held out)
          --help                    show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--data", "--out", "--epochs", "--seed", "--alignment"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--words-only", "--tune-on-dev"];

    public int Run(CommandArgs args, CliContext context)
    {
        bool words = args.Flag("--words-only");
        bool tuneOnDev = args.Flag("--tune-on-dev");
        var shared = Path.GetFullPath(args.Value("--data") ?? DataDirectory.ResolveShared());
        var outDir = UdTrainingData.ModelFolder(args);
        int epochs = args.Int("--epochs", 10);
        int seed = args.Int("--seed", 1);
        var alignment = (args.Value("--alignment") ?? "all") switch
        {
            "all" => RoleAlignment.All,
            "first" => RoleAlignment.First,
            var other => throw new UsageException($"Unknown alignment '{other}'; use 'all' or 'first'."),
        };
        var trainPath = Path.Combine(shared, "muc4", "grit", "train.jsonl");
        var devPath = Path.Combine(shared, "muc4", "grit", "dev.jsonl");
        foreach (var required in new[] { trainPath, devPath })
        {
            if (!File.Exists(required))
            {
                throw new UsageException($"Training file '{required}' is missing; pass --data PATH.");
            }
        }

        var clock = Stopwatch.StartNew();
        // Decoding is tuned on every tenth training document, held out of training, so dev stays an unseen test.
        var all = new List<RoleTrainingDocument>();
        var train = new List<RoleTrainingDocument>();
        var tune = new List<Muc4Document>();
        int index = 0;
        foreach (var doc in Muc4Reader.ReadJsonl(trainPath))
        {
            var roles = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
            foreach (var role in Muc4Roles.All)
            {
                roles[role] = doc.Extracts is null ? [] : doc.Extracts[role];
            }

            all.Add(new RoleTrainingDocument(doc.Text, roles));
            if (index++ % 10 == 9 && !tuneOnDev)
            {
                tune.Add(doc);
                continue;
            }

            train.Add(all[^1]);
        }

        var dev = Muc4Reader.ReadJsonl(devPath);
        if (tuneOnDev)
        {
            tune = dev;
        }

        var clusters = WordClusters.Load(Path.Combine(DataDirectory.Resolve(), "models", "clusters.wwm"));
        var manifest = new ModelManifest
        {
            Name = "muc4-roles",
            Version = RoleTagger.Version,
            Description = "MUC-4 role-filler tagger (PerpInd, PerpOrg, Target, Victim, Weapon): greedy BIO averaged perceptron over hashed word, shape, cluster, trigger-word, position and (unless --words-only) parse features; mentions grouped into entities.",
            TrainingData =
            [
                UdTrainingData.Reference(tuneOnDev ? "train" : "train (every 10th document held out to tune the decoding, then all documents)", trainPath),
                UdTrainingData.Reference(tuneOnDev ? "dev (decoding tuned on it)" : "dev (scored only)", devPath),
            ],
            Licence = Licence,
            Command = string.Create(CultureInfo.InvariantCulture, $"./wirewatch train muc4 --epochs {epochs} --seed {seed} --alignment {alignment.ToString().ToLowerInvariant()}{(words ? " --words-only" : "")}{(tuneOnDev ? " --tune-on-dev" : "")}"),
        };
        var options = new RoleTrainingOptions { Epochs = epochs, Seed = seed, Alignment = alignment, Clusters = clusters, Syntax = words ? null : PipelineFactory.CreateSyntax() };
        var tagger = RoleTaggerTrainer.Train(train, options, manifest, line => context.Error.WriteLine("  " + line));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  trained in {clock.Elapsed.TotalSeconds:0} s"));

        // Tune the decoding decisions on the tuning documents.
        RoleDecodingOptions? best = null;
        Muc4Score? bestScore = null;
        foreach (float bias in Biases)
        {
            foreach (bool merge in new[] { false, true })
            {
                // Merged entities are tried with their first mention only, unmerged ones with all their mentions.
                foreach (bool firstOnly in new[] { merge })
                {
                    var decoding = new RoleDecodingOptions(bias, merge, firstOnly);
                    var score = ScoreDev(tagger.WithDecoding(decoding), tune, context.CancellationToken);
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {(tuneOnDev ? "dev" : "tuning fold")} {RoleTagger.DescribeDecoding(decoding)}: CEAF-REE strict P/R/F1 {score.Micro.Precision:0.00}/{score.Micro.Recall:0.00}/{score.Micro.F1:0.00}"));
                    if (bestScore is null || score.Micro.F1 > bestScore.Micro.F1)
                    {
                        best = decoding;
                        bestScore = score;
                    }
                }
            }
        }

        if (!tuneOnDev)
        {
            // The decoding is chosen; the final weights learn from every training document.
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  retraining on all {all.Count} training documents with {RoleTagger.DescribeDecoding(best!)}"));
            tagger = RoleTaggerTrainer.Train(all, options, manifest, line => context.Error.WriteLine("  " + line));
        }

        var tuned = tagger.WithDecoding(best!);
        var predictions = EvalMuc4Command.Predict(tuned, dev, context.CancellationToken);
        var byKey = predictions.ToDictionary(p => Muc4DocKey.Of(p.DocId), p => p.Extracts, StringComparer.Ordinal);
        var strict = CeafReeScorer.Score(dev, byKey, Muc4Similarity.Strict);
        var prop = CeafReeScorer.Score(dev, byKey, Muc4Similarity.Proportional);
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["devCeafReeStrictF1"] = Math.Round(strict.Micro.F1, 2),
            ["devCeafReeStrictP"] = Math.Round(strict.Micro.Precision, 2),
            ["devCeafReeStrictR"] = Math.Round(strict.Micro.Recall, 2),
            ["devCeafReePropF1"] = Math.Round(prop.Micro.F1, 2),
        };
        foreach (var (role, prf) in strict.PerSlot)
        {
            figures["devCeafReeStrictF1." + role] = Math.Round(prf.F1, 2);
        }

        var hyper = new SortedDictionary<string, string>(tuned.Manifest.Hyperparameters, StringComparer.Ordinal)
        {
            ["decoding"] = RoleTagger.DescribeDecoding(best!) + (tuneOnDev ? " (tuned on dev)" : " (tuned on the held-out tenth of train)"),
        };
        var final = tuned.WithDecoding(best!, tuned.Manifest with { Figures = figures, Hyperparameters = hyper });
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, "muc4-roles.wwm");
        var bytes = final.Save(path);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({bytes.Length / 1024.0 / 1024.0:0.00} MB) in {clock.Elapsed.TotalSeconds:0} s"));
        EvalMuc4Command.WriteFigures(context.Out, RoleTagger.Version + " dev", dev.Count, [("ceafReeStrict", strict), ("ceafReeProp", prop)]);
        return CommandLineApp.ExitOk;
    }

    private static Muc4Score ScoreDev(RoleTagger tagger, List<Muc4Document> dev, CancellationToken cancellationToken)
    {
        var predictions = EvalMuc4Command.Predict(tagger, dev, cancellationToken);
        var byKey = predictions.ToDictionary(p => Muc4DocKey.Of(p.DocId), p => p.Extracts, StringComparer.Ordinal);
        return CeafReeScorer.Score(dev, byKey, Muc4Similarity.Strict);
    }
}

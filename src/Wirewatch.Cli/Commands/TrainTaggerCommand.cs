using System.Diagnostics;
using System.Globalization;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Tagging;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch train tagger</c>: trains the part-of-speech tagger on a UD treebank and writes its model.</summary>
internal sealed class TrainTaggerCommand : ICommand
{
    public string Name => "train tagger";

    public string Summary => "Train the UPOS/XPOS tagger on UD English EWT and write data/models/tagger.wwm.";

    public string Help => """
        Usage: wirewatch train tagger [--data PATH] [--out DIR] [--clusters FILE] [--epochs N] [--seed N] [--min-updates N] [--report-storage]

        Trains the averaged-perceptron tagger (two greedy passes, UPOS|XPOS labels) on the treebank's
        train split, reports accuracy on its dev split after every epoch (stderr), and writes
        DIR/tagger.wwm with its manifest DIR/tagger.manifest.json. The same data, clusters and seed
        give a byte-identical file. Run 'train clusters' first to use word clusters.

        Options:
          --data PATH        folder with *-ud-train.conllu and *-ud-dev.conllu
                             (default: ../shared/data/ud-ewt)
          --out DIR          where to write the model (default: data/models of this repository)
          --clusters FILE    word clusters to use as features (default: DIR/clusters.wwm when it
                             exists; 'none' for none)
          --epochs N         training epochs (default 8)
          --seed N           shuffling seed (default 1)
          --min-updates N    leave out features that took part in fewer updates (default 0; an
                             update counts twice)
          --report-storage   also report dev accuracy with float weights and at several pruning levels
          --help             show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--data", "--out", "--epochs", "--seed", "--clusters", "--min-updates"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--report-storage"];

    public int Run(CommandArgs args, CliContext context)
    {
        var folder = UdTrainingData.Folder(args);
        var trainPath = UdTrainingData.SplitFile(folder, "train");
        var devPath = UdTrainingData.SplitFile(folder, "dev");
        var options = new TaggerTrainingOptions
        {
            Epochs = args.Int("--epochs", 8),
            Seed = args.Int("--seed", 1),
            ReportStorage = args.Flag("--report-storage"),
            MinUpdates = args.Int("--min-updates", 0),
            Clusters = LoadClusters(args, context),
        };
        var clock = Stopwatch.StartNew();
        var train = UdTrainingData.Read(trainPath);
        var dev = UdTrainingData.Read(devPath);
        context.Error.WriteLine($"train tagger: {train.Count} training and {dev.Count} dev sentences from {folder}");
        var manifest = new ModelManifest
        {
            Name = "tagger",
            Version = PerceptronTagger.Version,
            Description = "Part-of-speech tagger (UPOS and Penn XPOS): greedy two-pass averaged perceptron over hashed features.",
            TrainingData = [UdTrainingData.Reference("train", trainPath), UdTrainingData.Reference("dev", devPath)],
            Licence = UdTrainingData.Licence,
            Command = string.Create(CultureInfo.InvariantCulture, $"./wirewatch train tagger --epochs {options.Epochs} --seed {options.Seed} --min-updates {options.MinUpdates}"),
        };
        var tagger = PerceptronTaggerTrainer.Train(train, dev, options, manifest, line => context.Error.WriteLine("  " + line));
        var path = Path.Combine(UdTrainingData.ModelFolder(args), "tagger" + ModelFileFormat.Extension);
        var bytes = tagger.Save(path);
        var figures = tagger.Manifest.Figures;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path} ({bytes.Length / 1048576.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0}s; dev UPOS {figures.GetValueOrDefault("devUpos"):F2} XPOS {figures.GetValueOrDefault("devXpos"):F2}"));
        return CommandLineApp.ExitOk;
    }

    private static WordClusters? LoadClusters(CommandArgs args, CliContext context)
    {
        var given = args.Value("--clusters");
        if (given == "none")
        {
            return null;
        }

        var path = given ?? Path.Combine(UdTrainingData.ModelFolder(args), "clusters" + ModelFileFormat.Extension);
        if (given is null && !File.Exists(path))
        {
            context.Error.WriteLine($"train tagger: no word clusters at {path}; training without them (run 'wirewatch train clusters' first to use them).");
            return null;
        }

        return WordClusters.Load(path);
    }
}

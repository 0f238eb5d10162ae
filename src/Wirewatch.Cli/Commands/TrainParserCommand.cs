using System.Diagnostics;
using System.Globalization;
using Wirewatch.Models;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Parsing;
using Wirewatch.Models.Tagging;
using Wirewatch.Models.Training;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch train parser</c>: trains the dependency parser on a UD treebank with jackknifed tags.</summary>
internal sealed class TrainParserCommand : ICommand
{
    private const int Folds = 4;
    private const int DefaultMinUpdates = 0;

    public string Name => "train parser";

    public string Summary => "Train the arc-hybrid dependency parser on UD English EWT; writes data/models/parser.wwm.";

    public string Help => """
        Usage: wirewatch train parser [--data PATH] [--out DIR] [--tagger FILE] [--epochs N] [--seed N] [--min-updates N] [--tags-cache DIR] [--report-storage]

        Trains the labelled arc-hybrid parser (averaged perceptron, dynamic oracle) on the treebank's
        train split. Training tags are predicted by 4-fold jackknifing (a tagger trained like the
        shipped one on three quarters of the data tags the fourth), so that the parser learns from
        the kind of tags it gets at run time; dev is parsed with the shipped tagger's tags, and also
        scored with gold tags for reference. Both are the tagger model's own tags: the run-time rule that
        marks acronyms in running news text ("IS militants") is left out, so a parser does not change
        when that rule does. The tagger's word clusters become parser features too.
        Progress and dev scores go to stderr. Writes DIR/parser.wwm with its manifest; the same
        data, tagger and seed give a byte-identical file. Run 'train tagger' first.

        Options:
          --data PATH        folder with *-ud-train.conllu and *-ud-dev.conllu
                             (default: ../shared/data/ud-ewt)
          --out DIR          where to write the model (default: data/models of this repository)
          --tagger FILE      the tagger (default: DIR/tagger.wwm when it exists, else the repository's
                             data/models/tagger.wwm)
          --epochs N         training epochs (default 8)
          --seed N           shuffling and exploration seed (default 1)
          --min-updates N    leave out features that took part in fewer updates (default 0; an
                             update counts twice)
          --tags-cache DIR   keep the jackknifed training tags in DIR, under the hashes of the tagger
                             and the train file, and reuse them when both are the same again (for
                             experiments with the parser; the tags, and so the model, are the same
                             either way as long as the tagger's training code is unchanged)
          --report-storage   also report dev scores with float weights and at several pruning levels
          --help             show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--data", "--out", "--tagger", "--epochs", "--seed", "--min-updates", "--tags-cache"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--report-storage"];

    public int Run(CommandArgs args, CliContext context)
    {
        var folder = UdTrainingData.Folder(args);
        var trainPath = UdTrainingData.SplitFile(folder, "train");
        var devPath = UdTrainingData.SplitFile(folder, "dev");
        var outDir = UdTrainingData.ModelFolder(args);
        // An experiment writing elsewhere (--out /tmp/p) still finds the shipped tagger.
        var besideOutput = Path.Combine(outDir, ModelSet.TaggerFile);
        var taggerPath = Path.GetFullPath(args.Value("--tagger")
            ?? (File.Exists(besideOutput) ? besideOutput : Path.Combine(UdTrainingData.DefaultModelFolder(), ModelSet.TaggerFile)));
        var tagger = PerceptronTagger.Load(taggerPath);
        var options = new ParserTrainingOptions
        {
            Clusters = tagger.Clusters,
            Epochs = args.Int("--epochs", 8),
            Seed = args.Int("--seed", 1),
            ReportStorage = args.Flag("--report-storage"),
            MinUpdates = args.Int("--min-updates", DefaultMinUpdates),
        };
        var clock = Stopwatch.StartNew();
        var train = UdTrainingData.Read(trainPath);
        var dev = UdTrainingData.Read(devPath);
        void Progress(string line) => context.Error.WriteLine("  " + line);
        context.Error.WriteLine($"train parser: {train.Count} training and {dev.Count} dev sentences from {folder}");

        // The jackknife taggers are trained exactly as the shipped tagger was, except on three quarters of the data.
        var taggerSettings = tagger.Manifest.Hyperparameters;
        var taggerOptions = new TaggerTrainingOptions
        {
            Epochs = tagger.Manifest.Epochs,
            Seed = tagger.Manifest.Seed,
            Clusters = tagger.Clusters,
            AmbiguityClasses = taggerSettings.GetValueOrDefault("ambiguityClasses") != "false",
            TwoPass = taggerSettings.GetValueOrDefault("twoPass") != "false",
            MinUpdates = int.TryParse(taggerSettings.GetValueOrDefault("minUpdates"), CultureInfo.InvariantCulture, out int minUpdates) ? minUpdates : 0,
        };
        var cacheDir = args.Value("--tags-cache");
        var cachePath = cacheDir is null ? null : Path.Combine(cacheDir, $"jackknife2-{Folds}-{Sha256(taggerPath)[..16]}-{Sha256(trainPath)[..16]}.tsv");
        var trainTags = cachePath is not null && File.Exists(cachePath) ? ReadTags(cachePath, train.Count) : null;
        if (trainTags is null)
        {
            trainTags = JackknifeTagger.Predict(train, Folds, taggerOptions, Progress);
            if (cachePath is not null)
            {
                Directory.CreateDirectory(cacheDir!);
                WriteTags(cachePath, trainTags);
            }
        }
        else
        {
            Progress($"jackknifed tags read from {cachePath}");
        }

        var devTags = dev.ConvertAll(s => tagger.Tag(s, acronymRule: false));
        var devGoldTags = dev.ConvertAll(SentenceTags.Gold);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  tags ready after {clock.Elapsed.TotalSeconds:F0}s"));

        var manifest = new ModelManifest
        {
            Name = "parser",
            Version = ArcHybridParser.Version,
            Description = "Labelled dependency parser (UD relations): greedy arc-hybrid, averaged perceptron, dynamic oracle; reads words and XPOS.",
            TrainingData =
            [
                UdTrainingData.Reference("train", trainPath),
                UdTrainingData.Reference("dev", devPath),
                new DataFileReference("dev-tags", Path.GetFileName(taggerPath), Sha256(taggerPath)),
            ],
            Licence = UdTrainingData.Licence,
            Command = string.Create(CultureInfo.InvariantCulture, $"./wirewatch train parser --epochs {options.Epochs} --seed {options.Seed} --min-updates {options.MinUpdates}"),
            Hyperparameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["trainingTags"] = string.Create(CultureInfo.InvariantCulture, $"{Folds}-fold jackknife, tagger epochs {taggerOptions.Epochs}"),
            },
        };
        var parser = ArcHybridParserTrainer.Train(train, trainTags, dev, devTags, options, manifest, Progress);
        var withGold = ArcHybridParserTrainer.Evaluate(parser, dev, devGoldTags);
        var figures = new SortedDictionary<string, double>(parser.Manifest.Figures, StringComparer.Ordinal)
        {
            ["devUasGoldTags"] = Math.Round(withGold.Uas, 2),
            ["devLasGoldTags"] = Math.Round(withGold.Las, 2),
        };
        parser = parser.WithManifest(parser.Manifest with { Figures = figures });
        var path = Path.Combine(outDir, "parser" + ModelFileFormat.Extension);
        var bytes = parser.Save(path);
        var f = parser.Manifest.Figures;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path} ({bytes.Length / 1048576.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0}s; dev UAS {f.GetValueOrDefault("devUas"):F2} LAS {f.GetValueOrDefault("devLas"):F2} (predicted tags), UAS {withGold.Uas:F2} LAS {withGold.Las:F2} (gold tags)"));
        return CommandLineApp.ExitOk;
    }

    /// <summary>One sentence a line: UPOS/XPOS pairs separated by tabs.</summary>
    private static void WriteTags(string path, SentenceTags[] tags)
    {
        using var writer = new StreamWriter(path);
        foreach (var sentence in tags)
        {
            for (int i = 0; i < sentence.Xpos.Length; i++)
            {
                writer.Write(i == 0 ? "" : "\t");
                writer.Write((int)sentence.Upos[i]);
                writer.Write(' ');
                writer.Write(sentence.Xpos[i]);
            }

            writer.Write('\n');
        }
    }

    private static SentenceTags[]? ReadTags(string path, int count)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length != count)
        {
            return null;
        }

        var result = new SentenceTags[count];
        for (int s = 0; s < count; s++)
        {
            var cells = lines[s].Split('\t');
            var upos = new Wirewatch.Core.Documents.UniversalPos[cells.Length];
            var xpos = new string[cells.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                int space = cells[i].IndexOf(' ', StringComparison.Ordinal);
                upos[i] = (Wirewatch.Core.Documents.UniversalPos)int.Parse(cells[i].AsSpan(0, space), CultureInfo.InvariantCulture);
                xpos[i] = cells[i][(space + 1)..];
            }

            result[s] = new SentenceTags(upos, xpos);
        }

        return result;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}

using System.Diagnostics;
using System.Globalization;
using Wirewatch.Models.Lemmatization;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch train lemmatizer</c>: learns the lemma lexicon and suffix rules from a UD treebank.</summary>
internal sealed class TrainLemmatizerCommand : ICommand
{
    private const int DefaultMinRuleCount = 2;

    public string Name => "train lemmatizer";

    public string Summary => "Learn the lemmatizer (lexicon + suffix rules) from UD English EWT; writes data/models/lemmatizer.wwm.";

    public string Help => """
        Usage: wirewatch train lemmatizer [--data PATH] [--out DIR] [--min-rule-count N]

        Builds the exception lexicon ((form, XPOS) -> lemma) and per-XPOS suffix rules from the
        treebank's train split, reports lemma accuracy on its dev split with gold tags (stderr), and
        writes DIR/lemmatizer.wwm with its manifest. Deterministic.

        Options:
          --data PATH          folder with *-ud-train.conllu and *-ud-dev.conllu (default: ../shared/data/ud-ewt)
          --out DIR            where to write the model (default: data/models of this repository)
          --min-rule-count N   distinct words a suffix rule needs (default 2)
          --help               show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--data", "--out", "--min-rule-count"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var folder = UdTrainingData.Folder(args);
        var trainPath = UdTrainingData.SplitFile(folder, "train");
        var devPath = UdTrainingData.SplitFile(folder, "dev");
        int minRuleCount = args.Int("--min-rule-count", DefaultMinRuleCount);
        var clock = Stopwatch.StartNew();
        var train = UdTrainingData.Read(trainPath);
        var dev = UdTrainingData.Read(devPath);
        var manifest = new ModelManifest
        {
            Name = "lemmatizer",
            Version = RuleLemmatizer.Version,
            Description = "Lemmatizer: (form, XPOS) exception lexicon plus per-XPOS suffix rules for unseen words.",
            TrainingData = [UdTrainingData.Reference("train", trainPath), UdTrainingData.Reference("dev", devPath)],
            Licence = UdTrainingData.Licence,
            Command = string.Create(CultureInfo.InvariantCulture, $"./wirewatch train lemmatizer --min-rule-count {minRuleCount}"),
        };
        var draft = RuleLemmatizerTrainer.Train(train, minRuleCount, manifest);
        double devLemma = RuleLemmatizerTrainer.Evaluate(draft, dev);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dev LEMMA {devLemma:F2} (gold tags)"));
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["devLemmaGoldTags"] = Math.Round(devLemma, 2) };
        var lemmatizer = RuleLemmatizerTrainer.Train(train, minRuleCount, manifest with { Figures = figures });
        var path = Path.Combine(UdTrainingData.ModelFolder(args), "lemmatizer" + ModelFileFormat.Extension);
        var bytes = lemmatizer.Save(path);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path} ({bytes.Length / 1048576.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0}s; dev LEMMA {devLemma:F2} with gold tags"));
        return CommandLineApp.ExitOk;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Wirewatch.Core.IO;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Tagging;
using Wirewatch.Models.Training;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch train clusters</c>: word clusters from unlabelled text, used as tagger features.</summary>
internal sealed class TrainClustersCommand : ICommand
{
    public string Name => "train clusters";

    public string Summary => "Learn word clusters from unlabelled text (EWT train, MUC-4 train, PolNeAR train); writes data/models/clusters.wwm.";

    public string Help => """
        Usage: wirewatch train clusters [--shared DIR] [--out DIR] [--coarse N] [--fine N] [--min-count N] [--iterations N]

        Clusters lower-cased words by the exchange algorithm (class bigram likelihood) at two
        granularities, from the words of UD English EWT train, the MUC-4 train documents (GRIT
        jsonl) and the PolNeAR train texts. Writes DIR/clusters.wwm and its manifest; the tagger
        reads it when trained. Deterministic. Dev and test texts are not read.

        Options:
          --shared DIR      the shared data folder (default: ../shared/data)
          --out DIR         where to write the clusters (default: data/models of this repository)
          --coarse N        classes of the coarse clustering (default 64)
          --fine N          classes of the fine clustering (default 384)
          --min-count N     words seen fewer times get no cluster (default 3)
          --iterations N    most passes over the vocabulary (default 12)
          --help            show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--shared", "--out", "--coarse", "--fine", "--min-count", "--iterations"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var shared = Path.GetFullPath(args.Value("--shared") ?? DataDirectory.ResolveShared());
        int coarse = args.Int("--coarse", 64);
        int fine = args.Int("--fine", 384);
        int minCount = args.Int("--min-count", 3);
        int iterations = args.Int("--iterations", 12);
        var clock = Stopwatch.StartNew();
        var corpus = new UnlabelledCorpus();
        var sources = new List<DataFileReference>();

        var ewt = UdTrainingData.SplitFile(Path.Combine(shared, "ud-ewt"), "train");
        foreach (var sentence in UdTrainingData.Read(ewt))
        {
            corpus.AddSentence(sentence.Forms);
        }

        sources.Add(UdTrainingData.Reference("text", ewt));
        var muc = Path.Combine(shared, "muc4", "grit", "train.jsonl");
        foreach (var line in File.ReadLines(muc))
        {
            using var json = JsonDocument.Parse(line);
            corpus.AddText(json.RootElement.GetProperty("doctext").GetString() ?? string.Empty);
        }

        sources.Add(UdTrainingData.Reference("text", muc));
        var polnear = Path.Combine(shared, "polnear", "train", "text");
        var files = Directory.GetFiles(polnear, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
                hash.AppendData(bytes);
                corpus.AddText(Encoding.UTF8.GetString(bytes));
            }

            sources.Add(new DataFileReference("text", $"polnear/train/text/*.txt ({files.Length} files; hash of names and contents)", Convert.ToHexStringLower(hash.GetHashAndReset())));
        }

        var (ids, vocabulary, boundary, unknown) = corpus.Build(minCount);
        context.Error.WriteLine($"train clusters: {ids.Length} tokens, {vocabulary.Length} word types (min count {minCount})");
        void Progress(string line) => context.Error.WriteLine("  " + line);
        var coarseIds = ExchangeClustering.Cluster(ids, vocabulary.Length, boundary, coarse, iterations, line => Progress($"coarse {line}"));
        var fineIds = ExchangeClustering.Cluster(ids, vocabulary.Length, boundary, fine, iterations, line => Progress($"fine {line}"));

        var words = new List<string>();
        var coarseList = new List<int>();
        var fineList = new List<int>();
        for (int w = 0; w < vocabulary.Length; w++)
        {
            if (w != boundary && w != unknown)
            {
                words.Add(vocabulary[w]);
                coarseList.Add(coarseIds[w]);
                fineList.Add(fineIds[w]);
            }
        }

        var manifest = new ModelManifest
        {
            Name = "clusters",
            Version = WordClusters.Version,
            Description = "Lower-cased word -> coarse and fine cluster ids (exchange algorithm over class bigrams), tagger features.",
            TrainingData = sources,
            Licence = "Derived statistics of UD English EWT train (CC BY-SA 4.0), MUC-4 train texts (public NIST/NRaD distribution, no explicit licence) and PolNeAR train texts (news articles, no licence stated); only word-to-class ids are kept, no text.",
            Command = string.Create(CultureInfo.InvariantCulture, $"./wirewatch train clusters --coarse {coarse} --fine {fine} --min-count {minCount} --iterations {iterations}"),
            Hyperparameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["coarse"] = coarse.ToString(CultureInfo.InvariantCulture),
                ["fine"] = fine.ToString(CultureInfo.InvariantCulture),
                ["minCount"] = minCount.ToString(CultureInfo.InvariantCulture),
                ["maxIterations"] = iterations.ToString(CultureInfo.InvariantCulture),
                ["tokens"] = ids.Length.ToString(CultureInfo.InvariantCulture),
                ["words"] = words.Count.ToString(CultureInfo.InvariantCulture),
            },
        };
        var clusters = new WordClusters(words, coarseList, fineList, manifest);
        var path = Path.Combine(UdTrainingData.ModelFolder(args), "clusters" + ModelFileFormat.Extension);
        var written = clusters.Save(path, manifest);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({written.Length / 1048576.0:F1} MB, {words.Count} words) in {clock.Elapsed.TotalSeconds:F0}s"));
        return CommandLineApp.ExitOk;
    }
}

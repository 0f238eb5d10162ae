using System.Globalization;
using System.Text.Json;
using Wirewatch.Ingest;
using Wirewatch.Ingest.Engine;
using Wirewatch.Storage;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch eval clusters</c>: ingests a folder of reports into a temporary store, rebuilds the clusters and
/// scores them pairwise against gold incidents.
/// </summary>
internal sealed class EvalClustersCommand : ICommand
{
    public string Name => "eval clusters";

    public string Summary => "Score cross-article event clustering: pairwise precision and recall over article pairs.";

    public string Help => """
        Usage: wirewatch eval clusters --input DIR [--out P.tsv] [--gold F.tsv]

        Ingests the reports in DIR (dates from file names, metadata or datelines) into a temporary store
        with the default pipeline, rebuilds the clusters ('wirewatch recluster') and writes each file with
        the clusters its events belong to (--out, 'file<TAB>cluster ids'). With --gold ('file<TAB>incident'
        lines, '#' comments) it prints pairwise precision, recall and F1 over pairs of articles: a pair is
        predicted linked when any of their events share a cluster, and gold-linked when both report the
        same incident. The last line is JSON. The hand-built set is in eval/clusters.

        Options:
          --input DIR   folder of reports
          --out F       where to write the predicted clusters per file (default: not written)
          --gold F      gold incidents
          --help        show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        if (!Directory.Exists(input))
        {
            throw new UsageException($"--input '{input}' is not a folder.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "wirewatch-eval-clusters-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
            Dictionary<string, HashSet<string>> clustersOf;
            using (var store = ArticleStoreFactory.Open(Path.Combine(folder, "eval.db")))
            {
                var (sources, _) = InputExpander.Expand([input]);
                var engine = new IngestEngine(new IngestOptions { Pipeline = PipelineFactory.CreateDefault(), Workers = Environment.ProcessorCount });
                var sink = new RecordingSink(store, fileOf);
                var summary = engine.RunAsync(sources, sink, context.CancellationToken).GetAwaiter().GetResult();
                context.Error.WriteLine($"eval clusters: {summary.Stored} reports stored, {summary.Failed + summary.Skipped + summary.Duplicates} not");
                store.Recluster(context.CancellationToken);
                clustersOf = ClustersByFile(store, fileOf);
            }

            if (args.Value("--out") is { } outPath)
            {
                using var writer = new StreamWriter(outPath);
                foreach (var (file, clusters) in clustersOf.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"{file}\t{string.Join(',', clusters.Order(StringComparer.Ordinal))}");
                }
            }

            if (args.Value("--gold") is { } gold)
            {
                Score(context, ReadGold(gold), clustersOf);
            }

            return CommandLineApp.ExitOk;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, HashSet<string>> ClustersByFile(IArticleStore store, Dictionary<string, string> fileOf)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in fileOf.Values)
        {
            result[file] = [];
        }

        var (items, _) = store.ReadClusters(0, int.MaxValue);
        foreach (var item in items)
        {
            using var doc = JsonDocument.Parse(item);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            foreach (var e in doc.RootElement.GetProperty("eventIds").EnumerateArray())
            {
                var eventId = e.GetString()!;
                var articleId = eventId[..eventId.LastIndexOf('-')];
                if (fileOf.TryGetValue(articleId, out var file))
                {
                    result[file].Add(id);
                }
            }
        }

        return result;
    }

    private static Dictionary<string, string> ReadGold(string path)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2)
            {
                throw new UsageException($"--gold: expected 'file<TAB>incident', got '{line}'.");
            }

            gold[parts[0]] = parts[1];
        }

        return gold;
    }

    private static void Score(CliContext context, Dictionary<string, string> gold, Dictionary<string, HashSet<string>> predicted)
    {
        var files = gold.Keys.Order(StringComparer.Ordinal).ToList();
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < files.Count; i++)
        {
            for (int j = i + 1; j < files.Count; j++)
            {
                bool same = gold[files[i]] == gold[files[j]];
                bool linked = predicted.TryGetValue(files[i], out var a) && predicted.TryGetValue(files[j], out var b) && a.Overlaps(b);
                if (linked && same)
                {
                    tp++;
                }
                else if (linked)
                {
                    fp++;
                    context.Out.WriteLine($"  wrongly linked: {files[i]} ~ {files[j]}");
                }
                else if (same)
                {
                    fn++;
                    context.Out.WriteLine($"  missed link:    {files[i]} ~ {files[j]}");
                }
            }
        }

        double p = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var inv = CultureInfo.InvariantCulture;
        context.Out.WriteLine(string.Create(inv, $"pairs: {tp} linked correctly, {fp} wrongly, {fn} missed; precision {100 * p:0.0}, recall {100 * r:0.0}, F1 {100 * f:0.0}"));
        context.Out.WriteLine(string.Create(inv, $"{{\"pairwise_precision\": {100 * p:0.00}, \"pairwise_recall\": {100 * r:0.00}, \"pairwise_f1\": {100 * f:0.00}, \"true_links\": {tp}, \"false_links\": {fp}, \"missed_links\": {fn}}}"));
    }

    /// <summary>Stores like 'ingest' and remembers which file each article came from.</summary>
    private sealed class RecordingSink(IArticleStore store, Dictionary<string, string> fileOf) : IArticleSink<ArticleRecord>
    {
        public ArticleRecord Prepare(ProcessedArticle article) =>
            ArticleRecord.FromDocument(article.Document, article.Raw.Origin, article.CanonicalUrl, article.DateBasis, article.Words, article.SimHash);

        public bool Write(ArticleRecord prepared)
        {
            fileOf[prepared.Id] = Path.GetFileName(prepared.Origin);
            return store.Store(prepared);
        }

        public void Reject(IngestRejection rejection)
        {
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Wirewatch.Core.IO;
using Wirewatch.Core.Pipeline;
using Wirewatch.Ingest;
using Wirewatch.Ingest.Engine;
using Wirewatch.Storage;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch ingest PATH...</c>: reads files, folders and feeds, runs the pipeline, and stores the articles.</summary>
internal sealed class IngestCommand : ICommand
{
    private readonly Func<Pipeline> _pipeline;

    /// <summary>Uses the default pipeline; tests pass a model-free one.</summary>
    public IngestCommand(Func<Pipeline>? pipeline = null)
    {
        _pipeline = pipeline ?? PipelineFactory.CreateDefault;
    }

    /// <summary>How many rejections of each kind the summary lists before it only counts them.</summary>
    private const int ListedPerKind = 25;

    public string Name => "ingest";

    public string Summary => "Read files, folders and feeds into the article store (SQLite or PostgreSQL).";

    public string Help => """
        Usage: wirewatch ingest PATH... [--db F] [--date YYYY-MM-DD] [--threads N]
               wirewatch ingest PATH... --db PG --queue nats://HOST:PORT[,HOST:PORT...] [--date YYYY-MM-DD]

        Reads every PATH (a file, a folder walked recursively, or an http(s) URL of a feed or page),
        runs the default pipeline over each article in parallel, and stores the article, its JSON record
        and its events and quotes, one transaction per article. Running it again adds nothing for articles
        already stored; a killed run can simply be started again.

        Inputs, by extension (other files are recognised by their content):
          .txt             one article; a short first line followed by a blank line is the title
          .html .htm       one article; the main text is extracted (SmartReader), boilerplate dropped
          .jsonl           one article per line: {"text", "url", "title", "date", "source"}
          .rss .atom .xml  RSS or Atom feed; each item's content (or description) is an article

        Each article gets: an id (hash of its canonical URL, else of its text), a publication date (from
        --date, else metadata, else a dateline, else the file name), and a language check: non-English
        articles are skipped and recorded with the reason. Articles whose URL or text was seen before,
        and near-duplicates (SimHash of word shingles), are skipped.

        Options:
          --db F          the store: a SQLite file (default wirewatch.db), or PostgreSQL as
                          postgres://user:password@host:port/database or "Host=...;Database=..."
          --date D        publication date for every article, overriding what the inputs say
          --threads N     worker threads (default: the number of cores)
          --queue URLS    distributed mode: read the inputs and publish each article to this NATS
                          JetStream queue (article id as message id) for 'wirewatch worker' processes,
                          instead of processing here; --db must then be the workers' PostgreSQL store.
                          Articles the store holds are not published again, a duplicate publish is
                          harmless, and an article too large for one message is refused and recorded.
                          With --queue, --namespace, --ack-wait, --max-deliver and --replicas work as
                          for 'wirewatch worker' (they matter when this creates the streams).
          --help          show this text

        Progress goes to stderr (a progress bar on a terminal). The summary goes to stdout: stored,
        already stored, duplicates, skipped and failed inputs with their reasons; its last line is JSON
        with the counts, articles_per_s and words_per_s. Failed and skipped inputs are also kept in the
        store's failed table. Exit code 0 when the run completed (bad inputs are reported, not fatal),
        130 when interrupted (everything stored so far is whole; run again to continue).

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--db", "--date", "--threads", .. QueueArgs.ValueOptions];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("ingest needs at least one PATH (file, folder or URL).");
        }

        int threads = args.Int("--threads", Environment.ProcessorCount);
        if (threads < 1)
        {
            throw new UsageException("--threads must be at least 1.");
        }

        var date = args.Date("--date");
        var (sources, missing) = InputExpander.Expand(args.Positionals);
        if (args.Value("--queue") is not null)
        {
            return Publish(args, context, sources, missing, date);
        }

        var pipeline = _pipeline();

        using var store = ArticleStoreFactory.Open(args.Value("--db") ?? "wirewatch.db");
        var known = store.LoadFingerprints(context.CancellationToken);
        var knownArticles = new KnownArticle[known.Count];
        for (int i = 0; i < known.Count; i++)
        {
            knownArticles[i] = new KnownArticle(known[i].Id, known[i].SimHash);
        }

        var engine = new IngestEngine(new IngestOptions { Pipeline = pipeline, Workers = threads, Date = date, Known = knownArticles });
        var sink = new StoreSink(store, Wirewatch.Queue.PipelineVersion.Of(pipeline, DataDirectory.Resolve()));
        var summary = new IngestSummary(sources.Count);
        foreach (var rejection in missing)
        {
            sink.Reject(rejection);
        }

        var run = engine.RunAsync(sources, sink, summary, context.CancellationToken);
        ShowProgress(run, summary, context);
        run.GetAwaiter().GetResult();

        // New articles may report incidents already stored: rebuild the cross-article clusters (deterministic).
        if (summary.Stored > 0 && !summary.Cancelled)
        {
            int clusters = store.Recluster(context.CancellationToken);
            context.Error.WriteLine($"ingest: {clusters} incidents reported by two or more articles");
        }

        WriteSummary(context.Out, store.Description, summary, missing);
        return summary.Cancelled ? 130 : CommandLineApp.ExitOk;
    }

    /// <summary>Distributed mode: read and publish; the workers process and store.</summary>
    private static int Publish(CommandArgs args, CliContext context, IReadOnlyList<InputSource> sources, IReadOnlyList<IngestRejection> missing, DateOnly? date)
    {
        var db = args.Value("--db") ?? throw new UsageException("ingest --queue needs --db: the PostgreSQL store the workers write to.");
        if (!PostgresConnectionString.IsPostgres(db))
        {
            throw new UsageException("ingest --queue needs a PostgreSQL store (--db postgres://... or \"Host=...\"), the one the workers share.");
        }

        QueueArgs.Validate(args);

        using var store = ArticleStoreFactory.Open(db);
        var queue = QueueArgs.Connect(args, "ingest", context.CancellationToken);
        try
        {
            foreach (var rejection in missing)
            {
                store.RecordFailure(new FailureRecord(rejection.Source, FailureKind.Failed, rejection.Reason, DateTimeOffset.UtcNow));
            }

            var publisher = new Wirewatch.Queue.ArticlePublisher(queue, store, store.LoadFingerprints(context.CancellationToken)) { Date = date };
            var summary = new Wirewatch.Queue.PublishSummary(sources.Count);
            var run = publisher.RunAsync(sources, summary, context.CancellationToken);
            var last = DateTime.UtcNow;
            while (!run.Wait(250))
            {
                if (DateTime.UtcNow - last >= TimeSpan.FromSeconds(5))
                {
                    context.Error.WriteLine($"ingest: {summary.SourcesRead}/{summary.Sources} inputs read; {summary.Published} published, {summary.Duplicates} already queued");
                    last = DateTime.UtcNow;
                }
            }

            run.GetAwaiter().GetResult();
            var inv = CultureInfo.InvariantCulture;
            double seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-9);
            var output = context.Out;
            output.WriteLine(string.Create(inv, $"{(summary.Cancelled ? "Interrupted: " : string.Empty)}ingest to {queue.Description} for {store.Description}: {summary.Sources} inputs, {summary.ArticlesRead} articles read in {seconds:0.0} s"));
            output.WriteLine(string.Create(inv, $"  published       {summary.Published,8}   ({summary.Published / seconds:0.0} articles/s)"));
            output.WriteLine(string.Create(inv, $"  already queued  {summary.Duplicates,8}"));
            output.WriteLine(string.Create(inv, $"  already stored  {summary.AlreadyStored,8}"));
            output.WriteLine(string.Create(inv, $"  failed          {summary.Failed + missing.Count,8}"));
            var rejections = new List<IngestRejection>(missing);
            rejections.AddRange(summary.Rejections);
            ListKind(output, "Failed", rejections, RejectionKind.Failed);
            output.WriteLine("The workers process the published articles; 'wirewatch stats --db ...' shows what they stored.");
            output.WriteLine(string.Create(inv,
                $"{{\"inputs\": {summary.Sources}, \"articles_read\": {summary.ArticlesRead}, \"published\": {summary.Published}, \"already_queued\": {summary.Duplicates}, " +
                $"\"already_stored\": {summary.AlreadyStored}, \"failed\": {summary.Failed + missing.Count}, \"seconds\": {seconds:0.###}, \"interrupted\": {(summary.Cancelled ? "true" : "false")}}}"));
            return summary.Cancelled ? 130 : CommandLineApp.ExitOk;
        }
        finally
        {
            queue.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void ShowProgress(Task run, IngestSummary summary, CliContext context)
    {
        if (ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("ingest", maxValue: Math.Max(1, summary.Sources));
                    while (!run.Wait(150))
                    {
                        task.Value = summary.SourcesRead;
                        task.Description = Markup.Escape(ProgressLine(summary));
                    }

                    task.Value = summary.SourcesRead;
                });
            return;
        }

        // Not a terminal: a plain line now and then, so that logs show the run is alive.
        var last = DateTime.UtcNow;
        while (!run.Wait(250))
        {
            if (DateTime.UtcNow - last >= TimeSpan.FromSeconds(5))
            {
                context.Error.WriteLine($"ingest: {summary.SourcesRead}/{summary.Sources} inputs read; {ProgressLine(summary)}");
                last = DateTime.UtcNow;
            }
        }
    }

    private static string ProgressLine(IngestSummary s) =>
        $"{s.Stored} stored, {s.AlreadyStored} already, {s.Duplicates} dup, {s.Skipped} skipped, {s.Failed} failed";

    private static void WriteSummary(TextWriter output, string store, IngestSummary s, IReadOnlyList<IngestRejection> missing)
    {
        double seconds = Math.Max(s.Elapsed.TotalSeconds, 1e-9);
        double articlesPerSecond = s.Stored / seconds;
        double wordsPerSecond = s.Words / seconds;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{(s.Cancelled ? "Interrupted: " : string.Empty)}ingest into {store}: {s.Sources} inputs, {s.ArticlesRead} articles read in {seconds:0.0} s"));
        output.WriteLine(string.Create(inv, $"  stored          {s.Stored,8}   ({articlesPerSecond:0.0} articles/s, {wordsPerSecond:0} words/s)"));
        output.WriteLine(string.Create(inv, $"  already stored  {s.AlreadyStored,8}"));
        output.WriteLine(string.Create(inv, $"  duplicates      {s.Duplicates,8}"));
        output.WriteLine(string.Create(inv, $"  skipped         {s.Skipped,8}"));
        output.WriteLine(string.Create(inv, $"  failed          {s.Failed + missing.Count,8}"));

        var rejections = new List<IngestRejection>(missing);
        rejections.AddRange(s.Rejections);
        ListKind(output, "Failed", rejections, RejectionKind.Failed);
        ListKind(output, "Skipped", rejections, RejectionKind.Skipped);
        ListKind(output, "Duplicates", rejections, RejectionKind.Duplicate);
        if (s.Cancelled)
        {
            output.WriteLine("Interrupted: every stored article is complete; run the same command again to continue.");
        }

        output.WriteLine(JsonLine(s, missing.Count, seconds, articlesPerSecond, wordsPerSecond));
    }

    private static void ListKind(TextWriter output, string title, List<IngestRejection> rejections, RejectionKind kind)
    {
        int count = 0;
        foreach (var r in rejections)
        {
            if (r.Kind != kind)
            {
                continue;
            }

            if (count == 0)
            {
                output.WriteLine($"{title}:");
            }

            if (count < ListedPerKind)
            {
                output.WriteLine($"  {r.Source}: {r.Reason}");
            }

            count++;
        }

        if (count > ListedPerKind)
        {
            output.WriteLine($"  ... and {count - ListedPerKind} more{(kind == RejectionKind.Duplicate ? string.Empty : " (all are in the store's failed table)")}");
        }
    }

    private static string JsonLine(IngestSummary s, int missing, double seconds, double articlesPerSecond, double wordsPerSecond)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("inputs", s.Sources);
            json.WriteNumber("articles_read", s.ArticlesRead);
            json.WriteNumber("stored", s.Stored);
            json.WriteNumber("already_stored", s.AlreadyStored);
            json.WriteNumber("duplicates", s.Duplicates);
            json.WriteNumber("skipped", s.Skipped);
            json.WriteNumber("failed", s.Failed + missing);
            json.WriteNumber("words", s.Words);
            json.WriteNumber("seconds", Math.Round(seconds, 3));
            json.WriteNumber("articles_per_s", Math.Round(articlesPerSecond, 2));
            json.WriteNumber("words_per_s", Math.Round(wordsPerSecond, 0));
            json.WriteBoolean("interrupted", s.Cancelled);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Serialises on the workers, stores on the single writer; records failed and skipped inputs.</summary>
    private sealed class StoreSink(IArticleStore store, string pipelineVersion) : IArticleSink<ArticleRecord>
    {
        public ArticleRecord Prepare(ProcessedArticle article) =>
            ArticleRecord.FromDocument(article.Document, article.Raw.Origin, article.CanonicalUrl, article.DateBasis, article.Words, article.SimHash, pipelineVersion);

        public bool Write(ArticleRecord prepared) => store.Store(prepared);

        public void Reject(IngestRejection rejection)
        {
            var kind = rejection.Kind switch
            {
                RejectionKind.Failed => FailureKind.Failed,
                RejectionKind.Skipped => FailureKind.Skipped,
                _ => (FailureKind?)null,
            };

            if (kind is not null)
            {
                store.RecordFailure(new FailureRecord(rejection.Source, kind.Value, rejection.Reason, DateTimeOffset.UtcNow));
            }
        }
    }
}

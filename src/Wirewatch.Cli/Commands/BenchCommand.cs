using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Core.Serialization;
using Wirewatch.Ingest;
using Wirewatch.Ingest.Dedup;
using Wirewatch.Ingest.Engine;
using Wirewatch.Ingest.Language;
using Wirewatch.Ingest.Readers;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch bench --input DIR</c>: end-to-end throughput of the pipeline over a folder, in memory.</summary>
internal sealed class BenchCommand : ICommand
{
    private readonly Func<Pipeline> _pipeline;

    /// <summary>Uses the default pipeline; tests pass a model-free one.</summary>
    public BenchCommand(Func<Pipeline>? pipeline = null)
    {
        _pipeline = pipeline ?? PipelineFactory.CreateDefault;
    }

    /// <summary>Articles processed once before timing, so that JIT compilation is not measured.</summary>
    private const int WarmupArticles = 8;

    public string Name => "bench";

    public string Summary => "Measure articles/s, words/s and peak memory of the pipeline over a folder.";

    public string Help => """
        Usage: wirewatch bench --input DIR [--threads N] [--repeat N] [--until COMPONENT]

        Reads the articles of DIR (the same readers as 'ingest': .txt, .html, .jsonl, feeds) into memory,
        then times what ingest does to each article apart from storing it: language check, SimHash,
        the default pipeline, and writing the JSON record. No database is touched. A few articles are
        processed once before timing so that start-up compilation is not counted.

        Options:
          --input DIR        folder (or file) of articles
          --threads N        articles processed in parallel (default: the number of cores)
          --repeat N         passes over the articles (default 1)
          --until NAME       stop the pipeline after the component whose name starts with NAME
                             (e.g. 'tokenizer' for tokenizer-only figures)
          --help             show this text

        Prints the figures; the last line is JSON with articles, words, seconds, articles_per_s,
        words_per_s, peak_rss_mb (the process's peak resident memory, VmHWM) and the components run.

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--threads", "--repeat", "--until"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        int threads = args.Int("--threads", Environment.ProcessorCount);
        int repeat = args.Int("--repeat", 1);
        if (threads < 1 || repeat < 1)
        {
            throw new UsageException("--threads and --repeat must be at least 1.");
        }

        var pipeline = Truncate(_pipeline(), args.Value("--until"));
        var (articles, rejected) = Load(input, context.CancellationToken);
        if (articles.Count == 0)
        {
            throw new UsageException($"no readable articles in {input} ({rejected} inputs rejected).");
        }

        long words = 0;
        foreach (var article in articles)
        {
            words += CountWords(article.Text);
        }

        for (int i = 0; i < Math.Min(WarmupArticles, articles.Count); i++)
        {
            ProcessOne(pipeline, articles[i], context.CancellationToken);
        }

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        long checksum = 0;
        var clock = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = context.CancellationToken };
        for (int r = 0; r < repeat; r++)
        {
            Parallel.For(0, articles.Count, options, i => Interlocked.Add(ref checksum, ProcessOne(pipeline, articles[i], context.CancellationToken)));
        }

        clock.Stop();
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        long processed = (long)articles.Count * repeat;
        long processedWords = words * repeat;
        double allocatedPerArticleKb = (GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / 1024.0 / processed;
        double peakMb = PeakResidentMegabytes();
        var components = new List<string>();
        foreach (var component in pipeline.Components)
        {
            components.Add(component.Name);
        }

        var inv = CultureInfo.InvariantCulture;
        context.Out.WriteLine(string.Create(inv, $"bench: {articles.Count} articles ({words} words) from {input}, {rejected} inputs rejected; {threads} threads, {repeat} passes"));
        context.Out.WriteLine($"pipeline: {string.Join(" > ", components)} (+ language check, SimHash, JSON record)");
        context.Out.WriteLine(string.Create(inv, $"  time            {seconds,10:0.000} s"));
        context.Out.WriteLine(string.Create(inv, $"  articles/s      {processed / seconds,10:0.0}"));
        context.Out.WriteLine(string.Create(inv, $"  words/s         {processedWords / seconds,10:0}"));
        context.Out.WriteLine(string.Create(inv, $"  peak memory     {peakMb,10:0.0} MB (VmHWM)"));
        context.Out.WriteLine(string.Create(inv, $"  allocated       {allocatedPerArticleKb,10:0.0} KB per article"));
        context.Out.WriteLine(JsonLine(processed, processedWords, seconds, peakMb, threads, repeat, components, checksum));
        return CommandLineApp.ExitOk;
    }

    private static long ProcessOne(Pipeline pipeline, RawArticle article, CancellationToken cancellationToken)
    {
        var language = LanguageDetector.Detect(article.Text);
        var fingerprint = SimHash.Compute(article.Text);
        var canonical = UrlCanonicalizer.Canonicalize(article.Url);
        var metadata = new ArticleMetadata
        {
            Id = ArticleId.For(canonical, article.Text),
            Url = article.Url,
            Title = article.Title,
            Published = article.Published,
            Language = language.Code,
        };
        var document = pipeline.Process(new Document(article.Text, metadata), cancellationToken);
        return DocumentJsonWriter.ToJson(document).Length + (long)(fingerprint.SimHash & 1);
    }

    private static (List<RawArticle> Articles, int Rejected) Load(string input, CancellationToken cancellationToken)
    {
        var (sources, missing) = InputExpander.Expand([input]);
        if (missing.Count > 0)
        {
            throw new UsageException($"{input}: no such file or folder.");
        }

        var articles = new List<RawArticle>();
        int rejected = 0;
        foreach (var source in sources)
        {
            if (source.IsUrl)
            {
                throw new UsageException("bench reads local files only.");
            }

            var bytes = File.ReadAllBytes(source.Location);
            foreach (var result in ArticleReaders.Choose(source.Location, bytes).Read(source.Location, bytes, cancellationToken))
            {
                if (result.Article is not null)
                {
                    articles.Add(result.Article);
                }
                else
                {
                    rejected++;
                }
            }
        }

        return (articles, rejected);
    }

    private static Pipeline Truncate(Pipeline pipeline, string? until)
    {
        if (until is null)
        {
            return pipeline;
        }

        var builder = new PipelineBuilder();
        foreach (var component in pipeline.Components)
        {
            builder.Add(component);
            if (component.Name.StartsWith(until, StringComparison.OrdinalIgnoreCase))
            {
                return builder.Build();
            }
        }

        var names = new List<string>();
        foreach (var component in pipeline.Components)
        {
            names.Add(component.Name);
        }

        throw new UsageException($"no pipeline component named '{until}...'; components: {string.Join(", ", names)}.");
    }

    private static long CountWords(string text)
    {
        long words = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    /// <summary>Peak resident set size from /proc/self/status (Linux); elsewhere the peak working set the runtime reports.</summary>
    internal static double PeakResidentMegabytes()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var digits = line.AsSpan(6).Trim().TrimEnd("kB").Trim();
                    if (long.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb))
                    {
                        return kb / 1024.0;
                    }
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    private static string JsonLine(long articles, long words, double seconds, double peakMb, int threads, int repeat, List<string> components, long checksum)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("articles", articles);
            json.WriteNumber("words", words);
            json.WriteNumber("seconds", Math.Round(seconds, 3));
            json.WriteNumber("articles_per_s", Math.Round(articles / seconds, 2));
            json.WriteNumber("words_per_s", Math.Round(words / seconds, 0));
            json.WriteNumber("peak_rss_mb", Math.Round(peakMb, 1));
            json.WriteNumber("threads", threads);
            json.WriteNumber("repeat", repeat);
            json.WriteStartArray("components");
            foreach (var name in components)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteNumber("record_chars", checksum);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

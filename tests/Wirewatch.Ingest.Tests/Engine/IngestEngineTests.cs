using System.Collections.Concurrent;
using Wirewatch.Core.Pipeline;
using Wirewatch.Ingest.Engine;
using Wirewatch.Text;

namespace Wirewatch.Ingest.Tests.Engine;

public class IngestEngineTests
{
    private static Pipeline Pipeline() => new PipelineBuilder().Add(new NewsTokenizer()).Build();

    /// <summary>Keeps what the engine delivers; "stores" each id once, like a real store.</summary>
    private sealed class MemorySink : IArticleSink<ProcessedArticle>
    {
        public ConcurrentDictionary<string, ProcessedArticle> Stored { get; } = new();

        public List<IngestRejection> Rejected { get; } = [];

        // Writes must never overlap (a store keeps one connection); the thread may change between
        // writes because the writer stage is an async loop, so count concurrent calls, not threads.
        public int MaxConcurrentWrites => _maxConcurrent;

        private int _active;
        private int _maxConcurrent;

        public ProcessedArticle Prepare(ProcessedArticle article) => article;

        public bool Write(ProcessedArticle prepared)
        {
            int now = Interlocked.Increment(ref _active);
            InterlockedMax(ref _maxConcurrent, now);
            try
            {
                Thread.Sleep(1);
                return Stored.TryAdd(prepared.Document.Metadata.Id!, prepared);
            }
            finally
            {
                Interlocked.Decrement(ref _active);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen = Volatile.Read(ref target);
            while (value > seen)
            {
                int previous = Interlocked.CompareExchange(ref target, value, seen);
                if (previous == seen)
                {
                    return;
                }

                seen = previous;
            }
        }

        public void Reject(IngestRejection rejection) => Rejected.Add(rejection);
    }

    [Fact]
    public async Task Ingests_a_folder_and_reports_every_bad_input()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 6; i++)
        {
            folder.Write($"2015-02-{10 + i:00}-story{i}.txt", SyntheticArticles.Article(i));
        }

        folder.Write("copy-of-story0.txt", SyntheticArticles.Article(0));
        folder.Write("french.txt", "Le gouvernement a annoncé lundi qu'il enverrait des troupes dans la région après l'attaque de la ville par les rebelles.");
        folder.Write("empty.txt", string.Empty);
        folder.WriteBytes("blob.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01]);
        folder.Write(".hidden.txt", SyntheticArticles.Article(99));

        var (sources, missing) = InputExpander.Expand([folder.Path, Path.Combine(folder.Path, "nope.txt")]);
        Assert.Equal(10, sources.Count);
        Assert.Single(missing);

        var sink = new MemorySink();
        var engine = new IngestEngine(new IngestOptions { Pipeline = Pipeline(), Workers = 3 });
        var summary = await engine.RunAsync(sources, sink, CancellationToken.None);

        Assert.Equal(6, summary.Stored);
        Assert.Equal(6, sink.Stored.Count);
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(1, summary.Skipped);
        Assert.Equal(2, summary.Failed);
        Assert.Equal(10, summary.SourcesRead);
        Assert.False(summary.Cancelled);
        Assert.Equal(1, sink.MaxConcurrentWrites);
        Assert.Contains(summary.Rejections, r => r.Source.EndsWith("empty.txt", StringComparison.Ordinal) && r.Reason == "file is empty");
        Assert.Contains(summary.Rejections, r => r.Source.EndsWith("blob.bin", StringComparison.Ordinal) && r.Reason.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(summary.Rejections, r => r.Source.EndsWith("french.txt", StringComparison.Ordinal) && r.Kind == RejectionKind.Skipped);

        var first = sink.Stored.Values.Single(a => a.Raw.Origin.EndsWith("story1.txt", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2015, 2, 11), first.Document.Metadata.Published);
        Assert.Equal("file-name", first.DateBasis);
        Assert.Equal("en", first.Document.Metadata.Language);
        Assert.True(first.Document.TokenCount > 50);
    }

    [Fact]
    public async Task Known_articles_are_skipped_before_processing_and_date_override_applies()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", SyntheticArticles.Article(1));
        folder.Write("b.txt", SyntheticArticles.Article(2));
        var (sources, _) = InputExpander.Expand([folder.Path]);

        var firstSink = new MemorySink();
        await new IngestEngine(new IngestOptions { Pipeline = Pipeline(), Workers = 2 }).RunAsync(sources, firstSink, CancellationToken.None);
        var known = firstSink.Stored.Values.Select(a => new KnownArticle(a.Document.Metadata.Id!, a.SimHash)).ToList();
        folder.Write("c.txt", SyntheticArticles.Article(3));
        (sources, _) = InputExpander.Expand([folder.Path]);

        var sink = new MemorySink();
        var summary = await new IngestEngine(new IngestOptions { Pipeline = Pipeline(), Workers = 2, Known = known, Date = new DateOnly(2020, 1, 2) })
            .RunAsync(sources, sink, CancellationToken.None);

        Assert.Equal(2, summary.AlreadyStored);
        Assert.Equal(1, summary.Stored);
        var article = Assert.Single(sink.Stored.Values);
        Assert.Equal(new DateOnly(2020, 1, 2), article.Document.Metadata.Published);
        Assert.Equal("option", article.DateBasis);
    }

    [Fact]
    public async Task Cancellation_stops_the_run_and_everything_delivered_is_whole()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 200; i++)
        {
            folder.Write($"s{i:000}.txt", SyntheticArticles.Article(1000 + i, 40));
        }

        var (sources, _) = InputExpander.Expand([folder.Path]);
        using var cts = new CancellationTokenSource();
        var sink = new CancellingSink(cts, after: 5);
        var summary = await new IngestEngine(new IngestOptions { Pipeline = Pipeline(), Workers = 2 }).RunAsync(sources, sink, cts.Token);

        Assert.True(summary.Cancelled);
        Assert.InRange(summary.Stored, 5, 199);
        Assert.Equal(summary.Stored, sink.Count);
    }

    private sealed class CancellingSink(CancellationTokenSource cts, int after) : IArticleSink<ProcessedArticle>
    {
        public int Count { get; private set; }

        public ProcessedArticle Prepare(ProcessedArticle article) => article;

        public bool Write(ProcessedArticle prepared)
        {
            if (++Count == after)
            {
                cts.Cancel();
            }

            return true;
        }

        public void Reject(IngestRejection rejection)
        {
        }
    }

    [Fact]
    public async Task A_failing_store_stops_the_run_with_its_error()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 20; i++)
        {
            folder.Write($"s{i}.txt", SyntheticArticles.Article(500 + i));
        }

        var (sources, _) = InputExpander.Expand([folder.Path]);
        var engine = new IngestEngine(new IngestOptions { Pipeline = Pipeline(), Workers = 2 });
        await Assert.ThrowsAsync<IOException>(() => engine.RunAsync(sources, new FailingSink(), CancellationToken.None));
    }

    private sealed class FailingSink : IArticleSink<int>
    {
        public int Prepare(ProcessedArticle article) => 0;

        public bool Write(int prepared) => throw new IOException("disk full");

        public void Reject(IngestRejection rejection)
        {
        }
    }
}

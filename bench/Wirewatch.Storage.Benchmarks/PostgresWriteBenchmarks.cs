using BenchmarkDotNet.Attributes;

namespace Wirewatch.Storage.Benchmarks;

/// <summary>
/// The PostgreSQL write rate of the record store: articles stored as <see cref="PostgresArticleStore"/> stores them,
/// one transaction per article (article row, its events, its quotes). Each invocation stores
/// <see cref="ArticlesPerInvoke"/> new articles into tables that keep growing, as an archive run's would, with one
/// writer or several in parallel (each with its own connection).
/// Read the rate from the "event rows/s" and "ops/s" (articles per second) columns.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: InvocationsPerIteration)]
public class PostgresWriteBenchmarks
{
    public const int ArticlesPerInvoke = 24;

    /// <summary>Matches the job's invocation count: one prepared batch per invocation.</summary>
    public const int InvocationsPerIteration = 4;

    private readonly string _schema = "ww_bench_" + Guid.NewGuid().ToString("N")[..12];
    private PostgresArticleStore[] _stores = [];
    private OneRoundTripWriter[] _batched = [];
    private ArticleRecord[] _articles = [];
    private readonly Queue<ArticleRecord[]> _pending = new();
    private long _serial;

    /// <summary>Events per article (the pipeline finds about 6 in a typical news article).</summary>
    [Params(6)]
    public int EventsPerArticle { get; set; }

    /// <summary>Quotes per article.</summary>
    [Params(8)]
    public int QuotesPerArticle { get; set; }

    /// <summary>Size of the article's record: 1 KB (events and quotes only) or 128 KB (the full document record, as stored).</summary>
    [Params(1, 128)]
    public int RecordKilobytes { get; set; }

    /// <summary>Writers storing in parallel, each with its own connection (as a worker's article threads do).</summary>
    [Params(1, 4)]
    public int Writers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var connection = PostgresBenchmarkDatabase.CreateSchema(_schema);
        _stores = new PostgresArticleStore[Writers];
        _batched = new OneRoundTripWriter[Writers];
        for (int w = 0; w < Writers; w++)
        {
            _stores[w] = new PostgresArticleStore(connection);
            _batched[w] = new OneRoundTripWriter(connection);
        }

        var padding = SyntheticArticles.Padding(RecordKilobytes * 1024);
        // Built once: the benchmark measures the database, not JSON building. Ids are renewed per article below.
        _articles = new ArticleRecord[ArticlesPerInvoke];
        for (int i = 0; i < _articles.Length; i++)
        {
            _articles[i] = SyntheticArticles.Create(i, EventsPerArticle, QuotesPerArticle, padding);
        }
    }

    /// <summary>Fresh ids for the iteration's invocations (a stored id would make Store a no-op).</summary>
    [IterationSetup]
    public void NewIds()
    {
        _pending.Clear();
        for (int invoke = 0; invoke < InvocationsPerIteration; invoke++)
        {
            var batch = new ArticleRecord[_articles.Length];
            for (int i = 0; i < batch.Length; i++)
            {
                var a = _articles[i];
                batch[i] = new ArticleRecord
                {
                    Id = "bench-" + (++_serial).ToString("D10", System.Globalization.CultureInfo.InvariantCulture), Url = a.Url, CanonicalUrl = a.CanonicalUrl,
                    Title = a.Title, Source = a.Source, Published = a.Published, DateBasis = a.DateBasis, Language = a.Language, Origin = a.Origin,
                    WordCount = a.WordCount, SimHash = a.SimHash, RecordJson = a.RecordJson, Events = a.Events, Quotes = a.Quotes,
                };
            }

            _pending.Enqueue(batch);
        }
    }

    /// <summary>Stores one batch of new articles, one transaction each, split among the writers; the time shown is per article.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ArticlesPerInvoke, Description = "Store article (1 transaction: article + events + quotes)")]
    public int Store_articles()
    {
        var batch = _pending.Count > 0 ? _pending.Dequeue() : throw new InvalidOperationException("More invocations than prepared batches.");
        if (_stores.Length == 1)
        {
            return StoreSlice(_stores[0], batch, 0, 1);
        }

        int stored = 0;
        Parallel.For(0, _stores.Length, new ParallelOptions { MaxDegreeOfParallelism = _stores.Length }, w =>
            Interlocked.Add(ref stored, StoreSlice(_stores[w], batch, w, _stores.Length)));
        return stored;
    }

    /// <summary>The same rows and transactions, each article's statements sent as one batch (what the store could gain).</summary>
    [Benchmark(OperationsPerInvoke = ArticlesPerInvoke, Description = "Same, statements batched (1 round trip + commit)")]
    public int Store_articles_batched()
    {
        var batch = _pending.Count > 0 ? _pending.Dequeue() : throw new InvalidOperationException("More invocations than prepared batches.");
        Parallel.For(0, _batched.Length, new ParallelOptions { MaxDegreeOfParallelism = _batched.Length }, w =>
        {
            for (int i = w; i < batch.Length; i += _batched.Length)
            {
                _batched[w].Store(batch[i]);
            }
        });
        return batch.Length;
    }

    private static int StoreSlice(PostgresArticleStore store, ArticleRecord[] batch, int first, int step)
    {
        int stored = 0;
        for (int i = first; i < batch.Length; i += step)
        {
            stored += store.Store(batch[i]) ? 1 : 0;
        }

        return stored;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        foreach (var writer in _batched)
        {
            writer.Dispose();
        }

        PostgresBenchmarkDatabase.DropSchema(_schema);
    }
}

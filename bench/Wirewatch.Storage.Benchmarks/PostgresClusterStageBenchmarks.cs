using BenchmarkDotNet.Attributes;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Storage.Benchmarks;

/// <summary>
/// The online clustering stage's rate within one partition: candidates of one country applied one after another
/// (each one transaction behind the partition's fence), into a partition that already holds
/// <see cref="Preloaded"/> events over a year. One partition's consumer cannot go faster than this, so it bounds
/// the events per second of the busiest country. Read the rate from the "ops/s" column (candidates per second).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: InvocationsPerIteration)]
public class PostgresClusterStageBenchmarks
{
    public const int CandidatesPerInvoke = 24;

    public const int InvocationsPerIteration = 4;

    private readonly string _schema = "ww_bench_" + Guid.NewGuid().ToString("N")[..12];
    private readonly Queue<EventCandidate[]> _pending = new();
    private PostgresClusterStage? _stage;
    private PostgresArticleStore? _store;
    private string _padding = string.Empty;
    private long _serial;

    /// <summary>Events already in the partition (6 per article, spread over a year).</summary>
    [Params(6000)]
    public int Preloaded { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var connection = PostgresBenchmarkDatabase.CreateSchema(_schema);
        _store = new PostgresArticleStore(connection);
        _stage = new PostgresClusterStage(connection, "bench");
        _padding = SyntheticArticles.Padding(256);
        for (int i = 0; i < Preloaded / 6; i++)
        {
            foreach (var candidate in NextArticle())
            {
                _stage.Apply(candidate, CancellationToken.None);
            }
        }
    }

    /// <summary>Stores a new article (the stage reads its source) and returns its candidates.</summary>
    private IReadOnlyList<EventCandidate> NextArticle()
    {
        var article = SyntheticArticles.Create(++_serial, 6, 0, _padding);
        _store!.Store(article);
        return PartitionMap.FromArticle(article, "bench");
    }

    [IterationSetup]
    public void NewCandidates()
    {
        _pending.Clear();
        for (int invoke = 0; invoke < InvocationsPerIteration; invoke++)
        {
            var batch = new List<EventCandidate>(CandidatesPerInvoke);
            while (batch.Count < CandidatesPerInvoke)
            {
                batch.AddRange(NextArticle());
            }

            _pending.Enqueue([.. batch.GetRange(0, CandidatesPerInvoke)]);
        }
    }

    [Benchmark(OperationsPerInvoke = CandidatesPerInvoke, Description = "Apply candidate (1 transaction behind the partition fence)")]
    public int Apply_candidates()
    {
        var batch = _pending.Count > 0 ? _pending.Dequeue() : throw new InvalidOperationException("More invocations than prepared batches.");
        foreach (var candidate in batch)
        {
            _stage!.Apply(candidate, CancellationToken.None);
        }

        return batch.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stage?.Dispose();
        _store?.Dispose();
        PostgresBenchmarkDatabase.DropSchema(_schema);
    }
}

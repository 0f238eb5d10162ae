using System.Collections.Concurrent;
using Wirewatch.Ingest.Engine;
using Wirewatch.Storage;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Queue.Tests;

/// <summary>Publisher and worker over the in-process queue: the distributed path without a broker.</summary>
public sealed class QueueWorkerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ww-worker-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Published_inputs_are_processed_by_the_worker_and_bad_inputs_recorded()
    {
        var inputs = Path.Combine(_folder, "in");
        Directory.CreateDirectory(inputs);
        for (int i = 0; i < 12; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(inputs, $"a{i:00}.txt"),
                $"Report {i}\n\nThe police said {i + 2} gunmen attacked checkpoint number {i} near the city on Monday, and officials said soldiers returned fire.");
        }

        // The same article again (same text, so same id), an empty file and a binary file.
        File.Copy(Path.Combine(inputs, "a03.txt"), Path.Combine(inputs, "copy.txt"));
        await File.WriteAllBytesAsync(Path.Combine(inputs, "empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(inputs, "blob.bin"), [0, 1, 2, 0, 255, 0, 7]);

        var dbPath = Path.Combine(_folder, "s.db");
        await using var queue = new ChannelWorkQueue();
        using (var store = new SqliteArticleStore(dbPath))
        {
            var (sources, _) = InputExpander.Expand([inputs]);
            var publisher = new ArticlePublisher(queue, store, store.LoadFingerprints()) { Parallelism = 2 };
            var summary = await publisher.RunAsync(sources, new PublishSummary(sources.Count), default);
            Assert.Equal(12, summary.Published);
            Assert.Equal(1, summary.Duplicates);
            Assert.Equal(2, summary.Failed);
        }

        var worker = new QueueWorker(queue, new WorkerOptions
        {
            Pipeline = TestPipelines.Plain(),
            OpenStore = () => new SqliteArticleStore(dbPath),
            Threads = 2,
            PipelineVersion = "p-test",
        });
        using var stop = new CancellationTokenSource();
        var run = worker.RunAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (queue.Unsettled > 0 && DateTime.UtcNow < deadline && !run.IsCompleted)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await run;
        Assert.Equal(0, queue.Unsettled);
        Assert.Equal(12, worker.Progress.Stored);

        using var check = new SqliteArticleStore(dbPath);
        Assert.Equal(12, check.GetStatistics().Articles);
        var failures = check.ReadFailures().Select(f => (Path.GetFileName(f.Source), f.Reason)).OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Equal("blob.bin", failures[0].Item1);
        Assert.Equal(("empty.txt", "file is empty"), failures[1]);
    }

    [Fact]
    public async Task Candidates_reach_the_cluster_stage_once_in_order_per_partition()
    {
        await using var queue = new ChannelWorkQueue();
        var candidates = new List<EventCandidate>();
        for (int i = 0; i < 6; i++)
        {
            var partition = i % 2 == 0 ? "LBY" : "TUN";
            var candidate = new EventCandidate($"art{i}", 0, "p-test", partition, $$"""{"type":"ASSAULT","n":{{i}}}""");
            candidates.Add(candidate);
            await queue.PublishCandidateAsync(partition, $"{candidate.MentionId}:p-test", candidate.ToUtf8(), default);
            // A republished candidate (after a redelivered article) is dropped by its message id.
            await queue.PublishCandidateAsync(partition, $"{candidate.MentionId}:p-test", candidate.ToUtf8(), default);
        }

        var stage = new RecordingStage();
        var worker = new QueueWorker(queue, new WorkerOptions
        {
            Pipeline = TestPipelines.Plain(),
            OpenStore = () => new SqliteArticleStore(Path.Combine(_folder, "c.db")),
            OpenClusterStage = () => stage,
            Threads = 1,
            PartitionScan = TimeSpan.FromMilliseconds(20),
        });
        using var stop = new CancellationTokenSource();
        var run = worker.RunAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (queue.Unsettled > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await run;
        Assert.Equal(6, worker.Progress.Clustered);
        Assert.Equal(["art0", "art2", "art4"], stage.Applied.Where(c => c.Partition == "LBY").Select(c => c.ArticleId));
        Assert.Equal(["art1", "art3", "art5"], stage.Applied.Where(c => c.Partition == "TUN").Select(c => c.ArticleId));
        Assert.True(stage.Disposed);
    }

    private sealed class RecordingStage : IClusterStage
    {
        private readonly ConcurrentQueue<EventCandidate> _applied = new();

        public IReadOnlyCollection<EventCandidate> Applied => _applied;

        public bool Disposed { get; private set; }

        public void Apply(EventCandidate candidate, CancellationToken cancellationToken) => _applied.Enqueue(candidate);

        public void Dispose() => Disposed = true;
    }
}

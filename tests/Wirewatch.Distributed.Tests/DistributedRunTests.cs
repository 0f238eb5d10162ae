using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Wirewatch.Core.IO;
using Wirewatch.Queue.Nats;
using Wirewatch.Storage;
using Wirewatch.Storage.Clustering;
using Xunit.Abstractions;

namespace Wirewatch.Distributed.Tests;

/// <summary>
/// The distributed mode end to end on one machine: a generated corpus is processed once by a single-node ingest
/// (the reference) and once by three worker processes over the NATS cluster while the test kills one worker,
/// pauses another past the ack deadline and kills one NATS server, each when the store has reached a given number
/// of articles. Then every valid article must be stored exactly once, the poison inputs must be in the failed
/// table, events, quotes and (after recluster) clusters must equal the reference, and no two committed clustering
/// transactions of one partition may overlap. Needs WIREWATCH_TEST_NATS (+ _PIDS) and WIREWATCH_TEST_POSTGRES,
/// which .ci/run sets; skipped without them. Nothing here asserts on elapsed time.
/// </summary>
public sealed class DistributedRunTests(ITestOutputHelper output) : IDisposable
{
    private const int AckWaitSeconds = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    private readonly string _folder = Directory.CreateTempSubdirectory("ww-distributed-").FullName;
    private readonly List<WirewatchProcess> _processes = [];
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private string? _admin;

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        if (_admin is not null)
        {
            Execute(_admin, $"DROP SCHEMA IF EXISTS ref_{_suffix} CASCADE; DROP SCHEMA IF EXISTS dist_{_suffix} CASCADE");
        }

        Directory.Delete(_folder, recursive: true);
    }

    [SkippableFact]
    public void Three_workers_with_faults_store_what_one_process_stores()
    {
        var nats = Environment.GetEnvironmentVariable("WIREWATCH_TEST_NATS");
        var natsPids = Environment.GetEnvironmentVariable("WIREWATCH_TEST_NATS_PIDS");
        var postgres = Environment.GetEnvironmentVariable("WIREWATCH_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(nats) || string.IsNullOrWhiteSpace(natsPids), "WIREWATCH_TEST_NATS(_PIDS) not set; the distributed test is skipped.");
        Skip.If(string.IsNullOrWhiteSpace(postgres), "WIREWATCH_TEST_POSTGRES not set; the distributed test is skipped.");
        var program = FindProgram();
        Skip.If(program is null, "the wirewatch program is not built; the distributed test is skipped.");

        var clock = Stopwatch.StartNew();
        _admin = PostgresConnectionString.Normalize(postgres!);
        Execute(_admin, $"CREATE SCHEMA ref_{_suffix}; CREATE SCHEMA dist_{_suffix}");
        var reference = WithSchema(_admin, "ref_" + _suffix);
        var distributed = WithSchema(_admin, "dist_" + _suffix);
        var corpus = SyntheticCorpus.Write(Path.Combine(_folder, "corpus"), incidents: 70, seed: 20150218);
        var oversized = WriteOversized(Path.Combine(_folder, "oversized"));
        Log($"corpus: {corpus.Articles} articles (+{corpus.Copies} copies, {corpus.NotEnglish} not English, {corpus.Unreadable} unreadable)");

        // 1. The reference: one process, the single-node path.
        Run(program!, "reference-ingest", "ingest", corpus.Folder, "--db", reference, "--threads", "2");
        Run(program!, "reference-recluster", "recluster", "--db", reference);
        var expected = Snapshot(reference);
        Assert.Equal(corpus.Articles, expected.Articles.Count);
        Assert.True(expected.Events.Count > corpus.Articles, $"the corpus should give events; got {expected.Events.Count}");
        Log($"reference: {expected.Articles.Count} articles, {expected.Events.Count} events, {expected.Quotes.Count} quotes, {expected.Clusters.Count} clusters ({clock.Elapsed.TotalSeconds:0} s)");

        // 2. The distributed run. The schema is created before the workers start (they would race to create it).
        var ns = "wwdist-" + _suffix;
        new PostgresArticleStore(distributed).Dispose();
        new PostgresClusterStage(distributed).Dispose();
        Run(program!, "queue-init", "queue", "init", "--queue", nats!, "--namespace", ns, "--ack-wait", AckWaitSeconds.ToString(CultureInfo.InvariantCulture), "--max-deliver", "5");
        var workers = new WirewatchProcess[3];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = Start(program!, $"worker-{i}", "worker", "--db", distributed, "--queue", nats!, "--namespace", ns, "--threads", "1",
                "--ack-wait", AckWaitSeconds.ToString(CultureInfo.InvariantCulture));
        }

        var publish = Start(program!, "ingest-queue", "ingest", corpus.Folder, oversized, "--db", distributed, "--queue", nats!, "--namespace", ns);
        InjectPoison(nats!, ns);

        int total = corpus.Articles;
        int killedNats = int.Parse(natsPids!.Split(',')[0], CultureInfo.InvariantCulture);
        WaitForArticles(distributed, total / 5, "before killing a worker");
        workers[0].Signal("KILL");
        Log($"kill -9 worker-0 (pid {workers[0].Pid}) at {CountArticles(distributed)} articles");

        WaitForArticles(distributed, total * 35 / 100, "before pausing a worker");
        workers[1].Signal("STOP");
        var stopped = Stopwatch.StartNew();
        Log($"SIGSTOP worker-1 (pid {workers[1].Pid}) at {CountArticles(distributed)} articles");

        Assert.Equal(0, publish.WaitForExit(Patience));
        WaitForArticles(distributed, total / 2, "before killing a NATS server");
        WirewatchProcess.SignalPid(killedNats, "KILL");
        Log($"kill -9 nats-server (pid {killedNats}) at {CountArticles(distributed)} articles");

        // Resume the paused worker once others have moved on and its messages are past the ack deadline.
        WaitForArticles(distributed, total * 7 / 10, "before resuming the paused worker", minimumSince: (stopped, TimeSpan.FromSeconds(AckWaitSeconds + 2)));
        workers[1].Signal("CONT");
        Log($"SIGCONT worker-1 at {CountArticles(distributed)} articles, {stopped.Elapsed.TotalSeconds:0.0} s after the pause");

        WaitForArticles(distributed, total, "for all articles");
        int poison = corpus.Unreadable + 2;
        WaitFor(() => CountFailed(distributed) >= poison + corpus.NotEnglish, "for the poison inputs in failed");
        // Every event reaches the clustering stage exactly once (membership rows are keyed by mention id).
        WaitFor(() => CountMemberships(distributed) == expected.Events.Count, "for the cluster stage to take every event");

        foreach (var worker in workers.Skip(1))
        {
            worker.Signal("TERM");
        }

        foreach (var worker in workers.Skip(1))
        {
            int code = worker.WaitForExit(TimeSpan.FromMinutes(1));
            Assert.True(code == 0, $"{worker.Name} exited with {code} after SIGTERM:\n{worker.Tail(40)}");
        }

        foreach (var worker in workers)
        {
            Log($"{worker.Name}: {worker.Tail(2).Replace('\n', ' ')}");
        }

        Run(program!, "distributed-recluster", "recluster", "--db", distributed);
        var actual = Snapshot(distributed);

        // Every valid article exactly once (ids are primary keys; the count and the id set say none is missing).
        Assert.Equal(expected.Articles, actual.Articles);
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Quotes, actual.Quotes);
        Assert.Equal(expected.Clusters, actual.Clusters);

        // The poison: the reference's failures and skips, plus what only a queue refuses or cannot read.
        var extra = actual.Failures.Except(expected.Failures).ToList();
        Assert.Empty(expected.Failures.Except(actual.Failures));
        Assert.Equal(2, extra.Count);
        Assert.Contains(extra, f => f.StartsWith(oversized, StringComparison.Ordinal) && f.Contains("message limit", StringComparison.Ordinal));
        Assert.Contains(extra, f => f.StartsWith("queue message poison-", StringComparison.Ordinal) && f.Contains("unreadable work item", StringComparison.Ordinal));

        using (var stage = new PostgresClusterStage(distributed))
        {
            var log = stage.ReadClusterLog();
            Assert.NotEmpty(log);
            Assert.Null(ClusterLogEntry.FindOverlap(log));
            Log($"cluster log: {log.Count} committed transactions by {log.Select(e => e.Consumer).Distinct().Count()} consumers, none overlapping in a partition");
        }

        Log($"distributed: {actual.Articles.Count} articles, {actual.Events.Count} events, {actual.Clusters.Count} clusters; test took {clock.Elapsed.TotalSeconds:0} s");
    }

    private static string? FindProgram()
    {
        var root = DataDirectory.FindRepositoryRoot(AppContext.BaseDirectory);
        // tests/Wirewatch.Distributed.Tests/bin/<Configuration>/net10.0/: the program of the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";
        var program = root is null ? null : Path.Combine(root, "src", "Wirewatch.Cli", "bin", configuration, "net10.0", "wirewatch.dll");
        return program is not null && File.Exists(program) ? program : null;
    }

    private static string WithSchema(string admin, string schema) =>
        new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;

    private static string WriteOversized(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "long-report.txt");
        using var writer = new StreamWriter(path);
        writer.WriteLine("A very long report");
        writer.WriteLine();
        for (int i = 0; writer.BaseStream.Length < 1_200_000; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"Paragraph {i}: officials said the talks went on through the night and would resume later in the week. "));
            writer.Flush();
        }

        return path;
    }

    private static void InjectPoison(string nats, string ns)
    {
        var queue = NatsWorkQueue.ConnectAsync(nats, new NatsQueueOptions { Namespace = ns }).GetAwaiter().GetResult();
        try
        {
            queue.PublishArticleAsync("poison-1", "\u0000\u0001 not a work item"u8.ToArray(), default).AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            queue.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private WirewatchProcess Start(string program, string name, params string[] args)
    {
        var process = WirewatchProcess.Start(program, name, _folder, args);
        _processes.Add(process);
        return process;
    }

    private void Run(string program, string name, params string[] args)
    {
        var process = Start(program, name, args);
        int code = process.WaitForExit(Patience);
        Assert.True(code == 0, $"{name} exited with {code}:\n{process.Tail()}");
    }

    private void WaitForArticles(string db, int count, string what, (Stopwatch Since, TimeSpan AtLeast)? minimumSince = null) =>
        WaitFor(() => CountArticles(db) >= count && (minimumSince is not { } m || m.Since.Elapsed >= m.AtLeast), $"{what} ({count} articles)");

    private void WaitFor(Func<bool> condition, string what)
    {
        var limit = Stopwatch.StartNew();
        while (!condition())
        {
            if (limit.Elapsed > Patience)
            {
                var logs = string.Join("\n", _processes.Select(p => $"--- {p.Name}:\n{p.Tail(15)}"));
                Assert.Fail($"gave up waiting {what}; logs:\n{logs}");
            }

            Thread.Sleep(100);
        }
    }

    private static long CountArticles(string db) => Scalar(db, "SELECT count(*) FROM articles");

    private static long CountFailed(string db) => Scalar(db, "SELECT count(*) FROM failed");

    private static long CountMemberships(string db) => Scalar(db, "SELECT count(*) FROM cluster_mentions");

    private static long Scalar(string db, string sql)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static StoreSnapshot Snapshot(string db)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        return new StoreSnapshot(
            Rows(connection, "SELECT id || '|' || coalesce(published::text, '') || '|' || pipeline_version FROM articles"),
            Rows(connection, "SELECT article_id || ':' || ordinal || '|' || pipeline_version || '|' || record::text FROM events"),
            Rows(connection, "SELECT article_id || ':' || ordinal || '|' || pipeline_version || '|' || record::text FROM quotes"),
            Rows(connection, "SELECT id || '|' || record::text FROM clusters"),
            Rows(connection, "SELECT source || '|' || kind || '|' || reason FROM failed"));
    }

    private static SortedSet<string> Rows(NpgsqlConnection connection, string sql)
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Assert.True(rows.Add(reader.GetString(0)), $"row twice: {reader.GetString(0)}");
        }

        return rows;
    }

    private void Log(string line) => output.WriteLine(line);

    private sealed record StoreSnapshot(SortedSet<string> Articles, SortedSet<string> Events, SortedSet<string> Quotes, SortedSet<string> Clusters, SortedSet<string> Failures);
}

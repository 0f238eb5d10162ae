using System.Globalization;
using System.Runtime.InteropServices;
using Wirewatch.Core.IO;
using Wirewatch.Core.Pipeline;
using Wirewatch.Queue;
using Wirewatch.Storage;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch worker --db PG --queue nats://…</c>: processes articles from the queue into the shared store.</summary>
internal sealed class WorkerCommand : ICommand
{
    private readonly Func<Pipeline> _pipeline;

    public WorkerCommand(Func<Pipeline>? pipeline = null)
    {
        _pipeline = pipeline ?? PipelineFactory.CreateDefault;
    }

    public string Name => "worker";

    public string Summary => "Process articles from a NATS JetStream queue into a PostgreSQL store (distributed mode).";

    public string Help => $"""
        Usage: wirewatch worker --db PG --queue nats://HOST:PORT[,HOST:PORT...] [--threads N] [options]

        Takes articles that 'wirewatch ingest PATH... --queue ...' published, runs the default pipeline
        over each, and stores the article, its events and quotes in one transaction, replacing any
        earlier copy (a message delivered twice leaves one copy). Then it publishes one event candidate
        per event to the clustering partition of the event's country and acks the article. It also runs
        the online clustering stage: one consumer per partition across all workers. Start as many
        workers as you like, on any machines; each article is processed by one of them at a time. A
        worker that dies or stalls past the ack deadline loses nothing: its articles go to another.
        An article that fails on every delivery (--max-deliver) is recorded in the store's failed table.
        Streams and consumers are created on first use ('wirewatch queue init' creates them up front).

        Options:
          --db PG         the shared store: postgres://user:password@host:port/database or "Host=...;Database=..."
          --queue URLS    the NATS servers, comma-separated (nats://HOST:PORT; JetStream enabled)
          --threads N     article threads (default: the number of cores)
          --pipeline-version V  the version stored with every output (default: a hash of the pipeline's
                                components and of every file under data/: models, dictionaries, gazetteer)
          --no-cluster    do not run the clustering stage in this worker
        {QueueArgs.OptionsHelp}
          --help          show this text

        Runs until stopped with Ctrl-C or SIGTERM: articles being processed are finished and acked, then
        it exits with 0. Progress goes to stderr every 5 seconds; the last line of stdout is JSON with the
        counts (stored, skipped, failed, retried, clustered), articles_per_s, and thread_seconds: where
        the article threads' time went (waiting for messages, pipeline, store, publish and ack).

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = [.. QueueArgs.ValueOptions, "--db", "--threads", "--pipeline-version"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--no-cluster"];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"worker takes no positional arguments (got '{args.Positionals[0]}').");
        }

        var db = args.Value("--db") ?? throw new UsageException("--db is required: the PostgreSQL store the workers share.");
        if (!PostgresConnectionString.IsPostgres(db))
        {
            throw new UsageException("worker needs a PostgreSQL store (--db postgres://... or \"Host=...\"); single-node mode is 'wirewatch ingest PATH... --db FILE'.");
        }

        int threads = args.Int("--threads", Environment.ProcessorCount);
        if (threads < 1)
        {
            throw new UsageException("--threads must be at least 1.");
        }

        QueueArgs.Validate(args);
        db = WithIdleTransactionTimeout(db, QueueArgs.Options(args).AckWait);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        // SIGTERM (a service manager, kill) stops the worker as cleanly as Ctrl-C does.
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            // Not Cancel(): a callback that throws must not take the signal handler (and the process) down.
            _ = stop.CancelAsync();
        });

        string workerId = $"{Environment.MachineName}-{Environment.ProcessId}";
        var pipeline = _pipeline();
        // Open the store first: a wrong --db fails here, with its message, before anything is consumed. Workers
        // started together on a new database race to create the schema; the losers retry.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                new PostgresArticleStore(db).Dispose();
                break;
            }
            catch (StorageException) when (attempt < 5 && !stop.IsCancellationRequested)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(500 * attempt));
            }
        }

        var queue = QueueArgs.Connect(args, "worker", stop.Token);
        try
        {
            var worker = new QueueWorker(queue, new WorkerOptions
            {
                Pipeline = pipeline,
                OpenStore = () => new PostgresArticleStore(db),
                OpenClusterStage = args.Flag("--no-cluster") ? null : () => new PostgresClusterStage(db, workerId),
                Threads = threads,
                PipelineVersion = args.Value("--pipeline-version") ?? Wirewatch.Queue.PipelineVersion.Of(pipeline, DataDirectory.Resolve()),
            });
            context.Error.WriteLine($"worker {workerId}: {threads} threads, pipeline {worker.PipelineVersionInUse}, queue {queue.Description}");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var run = worker.RunAsync(stop.Token);
            var last = DateTime.UtcNow;
            while (!run.Wait(250))
            {
                if (DateTime.UtcNow - last >= TimeSpan.FromSeconds(5))
                {
                    context.Error.WriteLine($"worker: {Line(worker.Progress)}");
                    last = DateTime.UtcNow;
                }
            }

            try
            {
                run.GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is not Wirewatch.Core.Errors.WirewatchException and not OperationCanceledException)
            {
                // Reported, not a crash: a service manager sees exit code 1 and the reason.
                context.Error.WriteLine($"error: the worker stopped: {ex.GetType().Name}: {ex.Message}");
                return CommandLineApp.ExitFailure;
            }

            double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            var p = worker.Progress;
            context.Error.WriteLine($"worker: stopped; {Line(p)}");
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"stored\": {p.Stored}, \"skipped\": {p.Skipped}, \"failed\": {p.Failed}, \"retried\": {p.Retried}, \"clustered\": {p.Clustered}, " +
                $"\"seconds\": {seconds:0.###}, \"articles_per_s\": {p.Stored / seconds:0.##}, \"thread_seconds\": {{\"waiting\": {p.Timings.Waiting.TotalSeconds:0.###}, " +
                $"\"pipeline\": {p.Timings.Pipeline.TotalSeconds:0.###}, \"store\": {p.Timings.Store.TotalSeconds:0.###}, \"publish_and_ack\": {p.Timings.Publish.TotalSeconds:0.###}}}}}"));
            return CommandLineApp.ExitOk;
        }
        finally
        {
            queue.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// A worker stalled inside a transaction (paused, swapped out) must not hold its row locks forever: the server
    /// ends such a transaction once it has been idle for the ack deadline (5 s at least), by which time the article
    /// or candidate has gone to another worker; the stalled worker's commit then fails and it moves on.
    /// </summary>
    private static string WithIdleTransactionTimeout(string db, TimeSpan ackWait)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize(db));
        long ms = (long)Math.Max(5000, ackWait.TotalMilliseconds);
        builder.Options = $"{builder.Options} -c idle_in_transaction_session_timeout={ms.ToString(CultureInfo.InvariantCulture)}".Trim();
        return builder.ConnectionString;
    }

    private static string Line(WorkerProgress p) =>
        $"{p.Stored} stored, {p.Skipped} skipped, {p.Failed} failed, {p.Retried} retried, {p.Clustered} candidates clustered" +
        (p.LastError is { } error ? $" (last problem: {error})" : string.Empty);
}

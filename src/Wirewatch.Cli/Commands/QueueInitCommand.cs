using Wirewatch.Queue.Nats;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch queue init --queue nats://…</c>: creates (or updates) the streams and the article consumer.</summary>
internal sealed class QueueInitCommand : ICommand
{
    public string Name => "queue init";

    public string Summary => "Create or update the NATS JetStream streams and consumer of the distributed mode.";

    public string Help => $"""
        Usage: wirewatch queue init --queue nats://HOST:PORT[,HOST:PORT...] [options]

        Creates the work-queue streams WIREWATCH_ARTICLES (subject wirewatch.articles) and
        WIREWATCH_CANDIDATES (subjects wirewatch.candidates.<partition>) and the durable consumer the
        workers share, or updates them to the options given. Workers and 'ingest --queue' create them
        with the defaults on first use, so this is only needed to choose other settings up front.

        Options:
          --queue URLS    the NATS servers, comma-separated (JetStream enabled)
        {QueueArgs.OptionsHelp}
          --help          show this text

        Prints the settings; the last line is JSON: {"{"}"streams": 2, "replicas": N, "ack_wait_s": S, "max_deliver": N{"}"}.

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = QueueArgs.ValueOptions;

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"queue init takes no positional arguments (got '{args.Positionals[0]}'); use --queue nats://HOST:PORT[,...].");
        }

        var options = QueueArgs.Options(args);
        var queue = QueueArgs.Connect(args, "init", context.CancellationToken);
        try
        {
            queue.ApplyConfigurationAsync(context.CancellationToken).GetAwaiter().GetResult();
            int replicas = options.Replicas ?? Math.Min(3, QueueArgs.Validate(args).Count);
            context.Out.WriteLine($"{queue.Description}: streams {queue.ArticleStream} and {queue.CandidateStream} ready " +
                $"({replicas} replicas), consumer {queue.ArticleConsumer}: ack wait {options.AckWait.TotalSeconds:0} s, at most {options.MaxDeliver} deliveries, " +
                $"messages up to {queue.MaxMessageBytes / 1024} KiB");
            context.Out.WriteLine($"{{\"streams\": 2, \"replicas\": {replicas}, \"ack_wait_s\": {options.AckWait.TotalSeconds:0}, \"max_deliver\": {options.MaxDeliver}}}");
            return CommandLineApp.ExitOk;
        }
        finally
        {
            queue.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

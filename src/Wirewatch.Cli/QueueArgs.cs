using Wirewatch.Queue.Nats;

namespace Wirewatch.Cli;

/// <summary>The <c>--queue</c> value and the stream options shared by <c>worker</c>, <c>queue init</c> and <c>ingest --queue</c>.</summary>
internal static class QueueArgs
{
    public static readonly string[] ValueOptions = ["--queue", "--ack-wait", "--max-deliver", "--replicas", "--namespace"];

    public const string OptionsHelp = """
          --ack-wait S    seconds a worker may hold an article without ack before it goes to another (default 30)
          --max-deliver N deliveries of one article at most; the last records the failure (default 5)
          --replicas N    copies of each stream (default: servers given, at most 3)
          --namespace NS  names of the streams and consumers (default wirewatch: WIREWATCH_ARTICLES, ...),
                          so that several deployments can share one NATS cluster
        """;

    public static NatsQueueOptions Options(CommandArgs args)
    {
        int ackWait = args.Int("--ack-wait", 30);
        int maxDeliver = args.Int("--max-deliver", 5);
        int replicas = args.Int("--replicas", 0);
        if (ackWait < 1)
        {
            throw new UsageException("--ack-wait must be at least 1 second.");
        }

        if (maxDeliver < 1)
        {
            throw new UsageException("--max-deliver must be at least 1.");
        }

        if (replicas is < 0 or > 5)
        {
            throw new UsageException("--replicas must be between 1 and 5.");
        }

        var ns = args.Value("--namespace") ?? "wirewatch";
        if (ns.Length == 0 || !ns.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new UsageException($"--namespace takes lower-case letters, digits and '-' only (got '{ns}').");
        }

        return new NatsQueueOptions
        {
            Namespace = ns,
            AckWait = TimeSpan.FromSeconds(ackWait),
            MaxDeliver = maxDeliver,
            Replicas = replicas == 0 ? null : replicas,
        };
    }

    /// <summary>Checks <c>--queue</c> and the stream options without connecting; returns the server list.</summary>
    public static IReadOnlyList<string> Validate(CommandArgs args)
    {
        var spec = args.Value("--queue") ?? throw new UsageException("--queue nats://HOST:PORT[,HOST:PORT...] is required.");
        Options(args);
        try
        {
            return NatsWorkQueue.ParseServers(spec);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--queue: {ex.Message}");
        }
    }

    public static NatsWorkQueue Connect(CommandArgs args, string role, CancellationToken cancellationToken)
    {
        Validate(args);
        return NatsWorkQueue.ConnectAsync(args.Value("--queue")!, Options(args), $"wirewatch-{role}-{Environment.MachineName}-{Environment.ProcessId}", cancellationToken)
            .GetAwaiter().GetResult();
    }
}

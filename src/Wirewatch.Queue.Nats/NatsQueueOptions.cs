namespace Wirewatch.Queue.Nats;

/// <summary>Settings of the streams and consumers, used when they are created (and by <c>queue init</c> to update them).</summary>
public sealed record NatsQueueOptions
{
    private readonly string _namespace = "wirewatch";

    /// <summary>
    /// Names the streams, subjects and consumers (<c>WIREWATCH_ARTICLES</c>, <c>wirewatch.articles</c>, ...), so that
    /// several deployments (or tests) can share one NATS cluster. Lower-case letters, digits and '-'.
    /// </summary>
    public string Namespace
    {
        get => _namespace;
        init
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            foreach (char c in value)
            {
                if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                {
                    throw new ArgumentException($"a queue namespace has lower-case letters, digits and '-' only: '{value}'", nameof(value));
                }
            }

            _namespace = value;
        }
    }

    /// <summary>Copies of each stream; null: as many as servers were given, at most 3.</summary>
    public int? Replicas { get; init; }

    /// <summary>How long a delivered message may go without ack before it is delivered to another worker.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries of one article message at most; the last one records a failure.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>Deliveries of one event candidate at most.</summary>
    public int CandidateMaxDeliver { get; init; } = 10;

    /// <summary>How long the server remembers message ids to drop duplicate publishes.</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a publish is retried (a server restart, a leader election) before it fails.</summary>
    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(60);
}

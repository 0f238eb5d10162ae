namespace Wirewatch.Queue;

/// <summary>Counters a running worker updates (thread-safe) and the command reads for its progress lines.</summary>
public sealed class WorkerProgress
{
    private long _stored;
    private long _skipped;
    private long _failed;
    private long _retried;
    private long _clustered;
    private long _clusterRetries;
    private string? _lastError;

    public long Stored => Interlocked.Read(ref _stored);

    public long Skipped => Interlocked.Read(ref _skipped);

    public long Failed => Interlocked.Read(ref _failed);

    public long Retried => Interlocked.Read(ref _retried);

    /// <summary>Event candidates applied by the cluster stage.</summary>
    public long Clustered => Interlocked.Read(ref _clustered);

    public long ClusterRetries => Interlocked.Read(ref _clusterRetries);

    /// <summary>Where the article threads' time went.</summary>
    public StageTimings Timings { get; } = new();

    /// <summary>The most recent reason for a retry or failure.</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    internal void Count(ArticleOutcome outcome, string? error)
    {
        switch (outcome)
        {
            case ArticleOutcome.Stored:
                Interlocked.Increment(ref _stored);
                break;
            case ArticleOutcome.Skipped:
                Interlocked.Increment(ref _skipped);
                break;
            case ArticleOutcome.Failed:
                Interlocked.Increment(ref _failed);
                Volatile.Write(ref _lastError, error);
                break;
            case ArticleOutcome.Retried:
                Interlocked.Increment(ref _retried);
                Volatile.Write(ref _lastError, error);
                break;
            case ArticleOutcome.Released:
                break;
        }
    }

    internal void CountClustered() => Interlocked.Increment(ref _clustered);

    internal void CountClusterRetry(string error)
    {
        Interlocked.Increment(ref _clusterRetries);
        Volatile.Write(ref _lastError, error);
    }
}

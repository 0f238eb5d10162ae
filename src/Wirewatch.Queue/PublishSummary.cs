using System.Collections.Concurrent;
using Wirewatch.Ingest;

namespace Wirewatch.Queue;

/// <summary>What <see cref="ArticlePublisher"/> did: counters (thread-safe) and the rejected inputs with reasons.</summary>
public sealed class PublishSummary
{
    private readonly ConcurrentQueue<IngestRejection> _rejections = new();
    private int _sourcesRead;
    private int _articlesRead;
    private int _published;
    private int _duplicates;
    private int _alreadyStored;
    private int _failed;

    public PublishSummary(int sources)
    {
        Sources = sources;
    }

    public int Sources { get; }

    public int SourcesRead => Volatile.Read(ref _sourcesRead);

    public int ArticlesRead => Volatile.Read(ref _articlesRead);

    /// <summary>New messages in the queue.</summary>
    public int Published => Volatile.Read(ref _published);

    /// <summary>Publishes the queue dropped as duplicates of a message id it already had (success).</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Articles whose id the store already holds; not published again.</summary>
    public int AlreadyStored => Volatile.Read(ref _alreadyStored);

    /// <summary>Inputs that could not be read, or were too large for a message.</summary>
    public int Failed => Volatile.Read(ref _failed);

    public TimeSpan Elapsed { get; internal set; }

    public bool Cancelled { get; internal set; }

    public IReadOnlyCollection<IngestRejection> Rejections => _rejections;

    internal void SourceDone() => Interlocked.Increment(ref _sourcesRead);

    internal void ArticleRead() => Interlocked.Increment(ref _articlesRead);

    internal void Count(PublishOutcome outcome)
    {
        if (outcome == PublishOutcome.Stored)
        {
            Interlocked.Increment(ref _published);
        }
        else
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    internal void CountAlreadyStored() => Interlocked.Increment(ref _alreadyStored);

    internal void Reject(IngestRejection rejection)
    {
        if (rejection.Kind == RejectionKind.Failed)
        {
            Interlocked.Increment(ref _failed);
        }

        _rejections.Enqueue(rejection);
    }
}

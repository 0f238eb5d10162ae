namespace Wirewatch.Queue;

/// <summary>
/// The work queue of the distributed mode: articles in (one message per article, the article id as message id),
/// event candidates out (one subject per clustering partition). Delivery is at least once; a duplicate publish
/// (same message id inside the server's window) is reported as <see cref="PublishOutcome.Duplicate"/>, which is
/// success. Implementations: <see cref="ChannelWorkQueue"/> (in-process) and the NATS JetStream one.
/// </summary>
public interface IWorkQueue : IAsyncDisposable
{
    /// <summary>Where the queue is, for messages; never contains a password.</summary>
    string Description { get; }

    /// <summary>The largest message body the queue accepts; larger articles are refused at ingest.</summary>
    int MaxMessageBytes { get; }

    /// <summary>How many times a message is delivered at most; the last delivery records a failure instead of retrying again.</summary>
    int MaxDeliver { get; }

    /// <summary>How long a delivery may go unsettled before it is delivered to another consumer; null when there is no such deadline.</summary>
    TimeSpan? AckWait { get; }

    /// <summary>Creates the streams and consumers if they do not exist yet (idempotent).</summary>
    ValueTask InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Publishes one article work item; the message id is the article id.</summary>
    /// <exception cref="QueueException">The queue refused or did not confirm the message.</exception>
    ValueTask<PublishOutcome> PublishArticleAsync(string articleId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>Publishes one event candidate to its partition's subject.</summary>
    /// <exception cref="QueueException">The queue refused or did not confirm the message.</exception>
    ValueTask<PublishOutcome> PublishCandidateAsync(string partition, string messageId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>
    /// Article messages, shared by every consumer of every process (each message goes to one of them at a time).
    /// Ends only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    IAsyncEnumerable<IWorkMessage> ConsumeArticlesAsync(CancellationToken cancellationToken);

    /// <summary>The partitions that have candidates waiting (or had, for the in-process queue).</summary>
    ValueTask<IReadOnlyList<string>> ListPartitionsAsync(CancellationToken cancellationToken);

    /// <summary>Candidates of one partition, one in flight at a time across all consumers. Ends on cancellation.</summary>
    IAsyncEnumerable<IWorkMessage> ConsumeCandidatesAsync(string partition, CancellationToken cancellationToken);
}

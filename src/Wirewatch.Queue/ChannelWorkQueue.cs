using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Wirewatch.Queue;

/// <summary>
/// The work queue inside one process: unbounded channels with the same contract as the NATS queue (duplicate
/// message ids dropped, nak redelivers until <see cref="MaxDeliver"/>, one candidate in flight per partition).
/// There is no ack deadline: a process that dies takes its queue with it.
/// </summary>
public sealed class ChannelWorkQueue : IWorkQueue
{
    private readonly Channel<Envelope> _articles = Channel.CreateUnbounded<Envelope>();
    private readonly ConcurrentDictionary<string, byte> _articleIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _candidateIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Partition> _partitions = new(StringComparer.Ordinal);
    private int _unsettled;

    public ChannelWorkQueue(int maxDeliver = 5, int maxMessageBytes = 1024 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDeliver, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessageBytes, 1);
        MaxDeliver = maxDeliver;
        MaxMessageBytes = maxMessageBytes;
    }

    public string Description => "in-process queue";

    public int MaxMessageBytes { get; }

    public int MaxDeliver { get; }

    /// <summary>None: a delivery stays with its consumer until settled.</summary>
    public TimeSpan? AckWait => null;

    /// <summary>Messages published and not yet acked, terminated or given up (for waiting until the work is done).</summary>
    public int Unsettled => Volatile.Read(ref _unsettled);

    public ValueTask InitializeAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<PublishOutcome> PublishArticleAsync(string articleId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        return Publish(_articles.Writer, _articleIds, articleId, body);
    }

    public ValueTask<PublishOutcome> PublishCandidateAsync(string partition, string messageId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partition);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var target = _partitions.GetOrAdd(partition, _ => new Partition());
        return Publish(target.Messages.Writer, _candidateIds, messageId, body);
    }

    public async IAsyncEnumerable<IWorkMessage> ConsumeArticlesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var envelope = await _articles.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            yield return new Delivery(this, envelope, _articles.Writer, null);
        }
    }

    public ValueTask<IReadOnlyList<string>> ListPartitionsAsync(CancellationToken cancellationToken)
    {
        var keys = new List<string>(_partitions.Keys);
        keys.Sort(StringComparer.Ordinal);
        return ValueTask.FromResult<IReadOnlyList<string>>(keys);
    }

    public async IAsyncEnumerable<IWorkMessage> ConsumeCandidatesAsync(string partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = _partitions.GetOrAdd(partition, _ => new Partition());
        while (true)
        {
            // One in flight per partition: the next delivery waits until the previous one is settled.
            await source.InFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
            Envelope envelope;
            try
            {
                envelope = await source.Messages.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                source.InFlight.Release();
                throw;
            }

            yield return new Delivery(this, envelope, source.Messages.Writer, source);
        }
    }

    public ValueTask DisposeAsync()
    {
        _articles.Writer.TryComplete();
        foreach (var partition in _partitions.Values)
        {
            partition.Messages.Writer.TryComplete();
            partition.InFlight.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private ValueTask<PublishOutcome> Publish(ChannelWriter<Envelope> writer, ConcurrentDictionary<string, byte> ids, string id, ReadOnlyMemory<byte> body)
    {
        if (body.Length > MaxMessageBytes)
        {
            throw new QueueException(Description, $"message {id} is {body.Length} bytes; the limit is {MaxMessageBytes}");
        }

        if (!ids.TryAdd(id, 0))
        {
            return ValueTask.FromResult(PublishOutcome.Duplicate);
        }

        Interlocked.Increment(ref _unsettled);
        if (!writer.TryWrite(new Envelope(id, body.ToArray(), 1)))
        {
            throw new QueueException(Description, "the queue is closed");
        }

        return ValueTask.FromResult(PublishOutcome.Stored);
    }

    private sealed record Envelope(string Id, byte[] Body, int DeliveryCount);

    private sealed class Partition
    {
        public Channel<Envelope> Messages { get; } = Channel.CreateUnbounded<Envelope>();

        public SemaphoreSlim InFlight { get; } = new(1, 1);
    }

    private sealed class Delivery(ChannelWorkQueue queue, Envelope envelope, ChannelWriter<Envelope> writer, Partition? partition) : IWorkMessage
    {
        private int _settled;

        public string Id => envelope.Id;

        public ReadOnlyMemory<byte> Body => envelope.Body;

        public int DeliveryCount => envelope.DeliveryCount;

        public ValueTask AckAsync(CancellationToken cancellationToken)
        {
            Settle(done: true);
            return ValueTask.CompletedTask;
        }

        public async ValueTask NakAsync(TimeSpan delay, CancellationToken cancellationToken)
        {
            if (envelope.DeliveryCount >= queue.MaxDeliver)
            {
                // Like JetStream: after the last allowed delivery the message is not delivered again.
                Settle(done: true);
                return;
            }

            Settle(done: false);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            writer.TryWrite(envelope with { DeliveryCount = envelope.DeliveryCount + 1 });
        }

        public ValueTask TermAsync(CancellationToken cancellationToken)
        {
            Settle(done: true);
            return ValueTask.CompletedTask;
        }

        public ValueTask InProgressAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        private void Settle(bool done)
        {
            if (Interlocked.Exchange(ref _settled, 1) != 0)
            {
                return;
            }

            if (done)
            {
                Interlocked.Decrement(ref queue._unsettled);
            }

            partition?.InFlight.Release();
        }
    }
}

using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Wirewatch.Queue.Nats;

/// <summary>One JetStream delivery behind <see cref="IWorkMessage"/>.</summary>
internal sealed class NatsDelivery : IWorkMessage
{
    private readonly INatsJSMsg<byte[]> _message;
    private readonly string _queue;

    public NatsDelivery(INatsJSMsg<byte[]> message, string queue)
    {
        _message = message;
        _queue = queue;
        Id = message.Headers is { } headers && headers.TryGetValue("Nats-Msg-Id", out var id) ? id.ToString() : $"seq-{message.Metadata?.Sequence.Stream}";
        DeliveryCount = (int)Math.Min(int.MaxValue, message.Metadata?.NumDelivered ?? 1UL);
    }

    public string Id { get; }

    public ReadOnlyMemory<byte> Body => _message.Data ?? [];

    public int DeliveryCount { get; }

    public ValueTask AckAsync(CancellationToken cancellationToken) => Wrap(_message.AckAsync(cancellationToken: cancellationToken), "ack");

    public ValueTask NakAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        Wrap(_message.NakAsync(new AckOpts { NakDelay = delay }, cancellationToken), "nak");

    public ValueTask TermAsync(CancellationToken cancellationToken) => Wrap(_message.AckTerminateAsync(cancellationToken: cancellationToken), "terminate");

    public ValueTask InProgressAsync(CancellationToken cancellationToken) => Wrap(_message.AckProgressAsync(cancellationToken: cancellationToken), "extend");

    private async ValueTask Wrap(ValueTask action, string what)
    {
        try
        {
            await action.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            throw new QueueException(_queue, $"cannot {what} message {Id}: {ex.Message}", ex);
        }
    }
}

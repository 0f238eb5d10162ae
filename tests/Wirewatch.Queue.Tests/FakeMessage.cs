namespace Wirewatch.Queue.Tests;

/// <summary>A delivery that records how it was settled.</summary>
internal sealed class FakeMessage(string id, byte[] body, int deliveryCount) : IWorkMessage
{
    public string Id => id;

    public ReadOnlyMemory<byte> Body => body;

    public int DeliveryCount => deliveryCount;

    /// <summary>ack, nak, term, or null while unsettled.</summary>
    public string? Settled { get; private set; }

    public ValueTask AckAsync(CancellationToken cancellationToken) => Settle("ack");

    public ValueTask NakAsync(TimeSpan delay, CancellationToken cancellationToken) => Settle("nak");

    public ValueTask TermAsync(CancellationToken cancellationToken) => Settle("term");

    /// <summary>How often the ack deadline was pushed back.</summary>
    public int Extensions { get; private set; }

    public ValueTask InProgressAsync(CancellationToken cancellationToken)
    {
        Extensions++;
        return ValueTask.CompletedTask;
    }

    private ValueTask Settle(string how)
    {
        Assert.Null(Settled);
        Settled = how;
        return ValueTask.CompletedTask;
    }
}

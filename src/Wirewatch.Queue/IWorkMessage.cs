namespace Wirewatch.Queue;

/// <summary>One delivery of a message. Exactly one of ack, nak or term ends it; without any, it is delivered again after the ack deadline.</summary>
public interface IWorkMessage
{
    /// <summary>The message id it was published with.</summary>
    string Id { get; }

    ReadOnlyMemory<byte> Body { get; }

    /// <summary>1 on the first delivery.</summary>
    int DeliveryCount { get; }

    /// <summary>Done: the message is removed.</summary>
    ValueTask AckAsync(CancellationToken cancellationToken);

    /// <summary>Failed this time: deliver it again after <paramref name="delay"/>.</summary>
    ValueTask NakAsync(TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Never deliver it again (a poison message, already recorded as failed).</summary>
    ValueTask TermAsync(CancellationToken cancellationToken);

    /// <summary>Still working: push the ack deadline back.</summary>
    ValueTask InProgressAsync(CancellationToken cancellationToken);
}

using Wirewatch.Core.Errors;

namespace Wirewatch.Queue;

/// <summary>The work queue cannot be reached, refused a message, or did not confirm it in time.</summary>
public sealed class QueueException : WirewatchException
{
    public QueueException(string queue, string reason, Exception? inner = null)
        : base("WW4101", $"{queue}: {reason}", inner)
    {
        Queue = queue;
    }

    /// <summary>Which queue (servers) the error is about.</summary>
    public string Queue { get; }
}

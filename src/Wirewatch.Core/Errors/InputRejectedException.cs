namespace Wirewatch.Core.Errors;

/// <summary>An input (file, line, record) cannot be processed; the message says which and why.</summary>
public sealed class InputRejectedException : WirewatchException
{
    public InputRejectedException(string source, string reason, Exception? inner = null)
        : base("WW2001", $"{source}: {reason}", inner)
    {
        Source = source;
        Reason = reason;
    }

    /// <summary>The file or record that was rejected.</summary>
    public new string Source { get; }

    public string Reason { get; }
}

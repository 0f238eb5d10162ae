namespace Wirewatch.Core.Errors;

/// <summary>Base of every error Wirewatch raises on purpose; <see cref="Code"/> is stable across versions.</summary>
public abstract class WirewatchException : Exception
{
    protected WirewatchException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    /// <summary>A stable, machine-readable code such as <c>WW1001</c>.</summary>
    public string Code { get; }
}

namespace Wirewatch.Core.Errors;

/// <summary>A layer was set twice, or a layer was read before any component set it.</summary>
public sealed class LayerConflictException : WirewatchException
{
    public LayerConflictException(string message)
        : base("WW1001", message)
    {
    }
}

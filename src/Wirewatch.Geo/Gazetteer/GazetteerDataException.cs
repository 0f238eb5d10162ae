using Wirewatch.Core.Errors;

namespace Wirewatch.Geo.Gazetteer;

/// <summary>Source data for the gazetteer is inconsistent (duplicate keys, impossible coordinates, a malformed additions line).</summary>
public sealed class GazetteerDataException : WirewatchException
{
    public GazetteerDataException(string message, Exception? inner = null)
        : base("WW3002", message, inner)
    {
    }
}

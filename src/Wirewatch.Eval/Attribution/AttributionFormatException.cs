using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Attribution;

/// <summary>A brat <c>.ann</c> file that cannot be read as PolNeAR attributions.</summary>
public sealed class AttributionFormatException : WirewatchException
{
    public AttributionFormatException(string path, int line, string reason)
        : base("WW5101", $"{path}:{line}: {reason}")
    {
        Path = path;
        Line = line;
    }

    public string Path { get; }

    public int Line { get; }
}

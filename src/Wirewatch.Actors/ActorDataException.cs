using Wirewatch.Core.Errors;

namespace Wirewatch.Actors;

/// <summary>An actor or agent file is missing or malformed (code WW3003).</summary>
public sealed class ActorDataException : WirewatchException
{
    public ActorDataException(string source, int line, string message)
        : base("WW3003", line > 0 ? $"{source}:{line}: {message}" : $"{source}: {message}")
    {
        Source = source;
        Line = line;
    }

    /// <summary>The file.</summary>
    public new string Source { get; }

    /// <summary>1-based line number, or 0 when the problem is the whole file.</summary>
    public int Line { get; }
}

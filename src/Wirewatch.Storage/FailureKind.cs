namespace Wirewatch.Storage;

/// <summary>Why a source did not become an article.</summary>
public enum FailureKind
{
    /// <summary>The input could not be read (binary, empty, malformed).</summary>
    Failed,

    /// <summary>The input was read but deliberately not processed (e.g. not English).</summary>
    Skipped,
}

namespace Wirewatch.Ingest;

/// <summary>Why an input did not become a stored article.</summary>
public enum RejectionKind
{
    /// <summary>It could not be read: binary, empty, malformed, unreachable.</summary>
    Failed,

    /// <summary>It was read but deliberately not processed (not English).</summary>
    Skipped,

    /// <summary>The same article (same URL or text) or a near-duplicate is already stored or was ingested earlier in the run.</summary>
    Duplicate,

    /// <summary>The article is already in the store from an earlier run.</summary>
    AlreadyStored,
}

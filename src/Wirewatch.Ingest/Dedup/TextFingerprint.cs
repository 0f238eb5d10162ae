namespace Wirewatch.Ingest.Dedup;

/// <summary>A text's SimHash (0 when the text is too short to fingerprint) and its word count.</summary>
public readonly record struct TextFingerprint(ulong SimHash, int Words);

namespace Wirewatch.Storage;

/// <summary>What deduplication needs to know about a stored article.</summary>
public readonly record struct ArticleFingerprint(string Id, string? CanonicalUrl, ulong SimHash);

namespace Wirewatch.Ingest.Engine;

/// <summary>An article the store already has: its id and text fingerprint (0 when it has none).</summary>
public readonly record struct KnownArticle(string Id, ulong SimHash);

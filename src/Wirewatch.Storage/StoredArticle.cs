namespace Wirewatch.Storage;

/// <summary>An article as read back from a store: its metadata columns and the full JSON record.</summary>
public sealed record StoredArticle(
    string Id,
    string? Url,
    string? Title,
    string? Source,
    DateOnly? Published,
    string? Language,
    string RecordJson);

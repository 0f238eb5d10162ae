namespace Wirewatch.Core.Documents;

/// <summary>What is known about an article apart from its text.</summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>Stable id: a hash of the canonical URL, else of the text.</summary>
    public string? Id { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    /// <summary>Publication date; relative dates ("last month") resolve against it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>ISO 639-1 code, e.g. "en".</summary>
    public string? Language { get; init; }
}

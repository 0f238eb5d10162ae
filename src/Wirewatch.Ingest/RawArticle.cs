namespace Wirewatch.Ingest;

/// <summary>An article as a reader found it: the text and whatever metadata the input carried.</summary>
public sealed record RawArticle
{
    public required string Text { get; init; }

    /// <summary>Where it came from: a file path, <c>path:line</c> for JSONL, <c>path#item-N</c> or a link for feeds.</summary>
    public required string Origin { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    /// <summary>The publisher or site name, where the input says it.</summary>
    public string? Source { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from (<see cref="Dates.DateBasis"/>).</summary>
    public string? DateBasis { get; init; }
}

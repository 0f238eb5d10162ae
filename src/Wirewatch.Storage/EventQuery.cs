namespace Wirewatch.Storage;

/// <summary>
/// Which stored events to read, newest first: event date range, country (ISO alpha-3), type (PLOVER or ACLED),
/// actor words, free text (evidence, article title), a bounding box, and a page (offset and limit).
/// </summary>
public sealed record EventQuery
{
    /// <summary>The most events one page may hold.</summary>
    public const int MaxLimit = 500;

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Country { get; init; }

    public string? Type { get; init; }

    public string? Actor { get; init; }

    public string? Text { get; init; }

    /// <summary>West, south, east, north in degrees; null for anywhere.</summary>
    public (double West, double South, double East, double North)? BoundingBox { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}

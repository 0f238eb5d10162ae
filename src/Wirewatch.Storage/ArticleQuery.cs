namespace Wirewatch.Storage;

/// <summary>
/// Which articles to read. Dates are inclusive and compare with the publication date; articles without
/// one are left out when either bound is set. Filters by country, event type and actor come with events.
/// </summary>
public sealed record ArticleQuery
{
    public static ArticleQuery All { get; } = new();

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}

namespace Wirewatch.Events.Attributes;

/// <summary>Where an event date came from.</summary>
public enum DateBasis
{
    /// <summary>The text names the date itself ("February 15, 2015", "in 2014").</summary>
    Explicit,

    /// <summary>Resolved against the publication date ("last month", "on Sunday", "two weeks ago").</summary>
    RelativeToPublication,

    /// <summary>No time expression: the publication date stands in.</summary>
    PublicationFallback,
}

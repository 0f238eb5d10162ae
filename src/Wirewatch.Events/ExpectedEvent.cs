namespace Wirewatch.Events;

/// <summary>One event of an expected.json file (the example format): what a credible coder must (or may) find.</summary>
public sealed record ExpectedEvent
{
    /// <summary>"E1".</summary>
    public required string Id { get; init; }

    /// <summary>Whether any credible coder must find it.</summary>
    public bool Required { get; init; }

    /// <summary>A description for people.</summary>
    public string What { get; init; } = string.Empty;

    /// <summary>Acceptable PLOVER types.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>The PLOVER mode, when it must match.</summary>
    public string? Mode { get; init; }

    /// <summary>Case-insensitive regular expression an actor's text or canonical name must match.</summary>
    public string? Actor { get; init; }

    /// <summary>Case-insensitive regular expression a recipient's text or canonical name must match.</summary>
    public string? Recipient { get; init; }

    /// <summary>Alpha-3 country of the location.</summary>
    public string? Country { get; init; }

    /// <summary>Latitude and longitude the location must be near.</summary>
    public (double Lat, double Lon)? Near { get; init; }

    /// <summary>Radius around <see cref="Near"/>, km.</summary>
    public double RadiusKm { get; init; } = 50;

    /// <summary>The date range the event's date must overlap.</summary>
    public DateOnly? DateFrom { get; init; }

    /// <summary>End of the date range.</summary>
    public DateOnly? DateTo { get; init; }

    /// <summary>The killed count's value, when it must match.</summary>
    public int? Killed { get; init; }

    /// <summary>Whether the event must be marked claimed.</summary>
    public bool Claimed { get; init; }
}

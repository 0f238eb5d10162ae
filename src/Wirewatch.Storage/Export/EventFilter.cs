namespace Wirewatch.Storage.Export;

/// <summary>
/// Which events an export keeps: by country (ISO alpha-3 of the event's place or, failing that, of an actor),
/// by type (PLOVER type, ACLED event or sub-event type, case-insensitive) and by actor (words in the actor's
/// text or resolved name, case-insensitive). Empty criteria keep everything.
/// </summary>
public sealed record EventFilter
{
    public static EventFilter None { get; } = new();

    public string? Country { get; init; }

    public string? Type { get; init; }

    public string? Actor { get; init; }

    public bool IsEmpty => string.IsNullOrEmpty(Country) && string.IsNullOrEmpty(Type) && string.IsNullOrEmpty(Actor);

    public bool Matches(ExportedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!string.IsNullOrEmpty(Country) && !MatchesCountry(e))
        {
            return false;
        }

        if (!string.IsNullOrEmpty(Type) && !Same(e.Type, Type) && !Same(e.AcledEventType, Type) && !Same(e.AcledSubEventType, Type))
        {
            return false;
        }

        if (!string.IsNullOrEmpty(Actor))
        {
            foreach (var a in e.Actors)
            {
                if (a.Text.Contains(Actor, StringComparison.OrdinalIgnoreCase) || (a.Canonical?.Contains(Actor, StringComparison.OrdinalIgnoreCase) ?? false))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    /// <summary>Whether at least one event of a parsed record matches.</summary>
    internal bool MatchesAny(StoredArticle article, System.Text.Json.JsonElement record)
    {
        if (!record.TryGetProperty("events", out var events) || events.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            return false;
        }

        int index = 0;
        foreach (var element in events.EnumerateArray())
        {
            if (Matches(new ExportedEvent(article, element, index++)))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesCountry(ExportedEvent e)
    {
        if (e.CountryCode is { Length: > 0 } placeCountry)
        {
            return Same(placeCountry, Country);
        }

        foreach (var a in e.Actors)
        {
            if (Same(a.Country, Country))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

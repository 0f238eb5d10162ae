using System.Text.Json;
using Wirewatch.Storage.Export;

namespace Wirewatch.Storage;

/// <summary>The parts of an <see cref="EventQuery"/> that are read from the event's JSON: type, actor, text and box.</summary>
internal sealed class EventMatcher
{
    private readonly EventQuery _query;
    private readonly EventFilter _filter;

    public EventMatcher(EventQuery query)
    {
        _query = query;
        _filter = new EventFilter { Type = query.Type, Actor = query.Actor };
    }

    /// <summary>True when nothing has to be read from the JSON: the query is all columns.</summary>
    public bool IsTrivial => _filter.IsEmpty && _query.BoundingBox is null && string.IsNullOrEmpty(_query.Text);

    public bool Matches(StoredArticle article, string json)
    {
        if (IsTrivial)
        {
            return true;
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return false;
        }

        using (doc)
        {
            var e = new ExportedEvent(article, doc.RootElement, 0);
            if (!_filter.Matches(e))
            {
                return false;
            }

            if (_query.BoundingBox is { } box)
            {
                if (e.Latitude is not { } lat || e.Longitude is not { } lon || lat < box.South || lat > box.North || !WithinLongitudes(lon, box.West, box.East))
                {
                    return false;
                }
            }

            if (_query.Text is { Length: > 0 } text)
            {
                return e.EvidenceText.Contains(text, StringComparison.OrdinalIgnoreCase)
                    || (article.Title?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
                    || (e.LocationName?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);
            }

            return true;
        }
    }

    // A box may cross the antimeridian (west > east).
    private static bool WithinLongitudes(double lon, double west, double east) =>
        west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Wirewatch.Storage;

namespace Wirewatch.Server;

/// <summary>
/// Reads <c>/api/events</c>'s query string into an <see cref="EventQuery"/>, collecting every problem so a
/// client learns all of them at once (a 400 with one message per parameter).
/// </summary>
internal static class EventQueryParser
{
    public static readonly string[] Parameters = ["from", "to", "country", "type", "actor", "q", "bbox", "offset", "limit"];

    public static (EventQuery? Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection q)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in q.Keys)
        {
            if (Array.IndexOf(Parameters, key) < 0)
            {
                errors[key] = [$"unknown parameter; known: {string.Join(", ", Parameters)}"];
            }
        }

        var from = Date(q, "from", errors);
        var to = Date(q, "to", errors);
        if (from > to)
        {
            errors["from"] = ["is after 'to'"];
        }

        string? country = q["country"];
        if (country is not null && (country.Length != 3 || !country.All(char.IsAsciiLetter)))
        {
            errors["country"] = ["must be an ISO 3166-1 alpha-3 code such as LBY"];
        }

        int offset = Integer(q, "offset", 0, 0, int.MaxValue, errors);
        int limit = Integer(q, "limit", 50, 1, EventQuery.MaxLimit, errors);
        (double, double, double, double)? box = null;
        if (q["bbox"].ToString() is { Length: > 0 } bbox)
        {
            var parts = bbox.Split(',');
            var values = new double[4];
            bool ok = parts.Length == 4;
            for (int i = 0; ok && i < 4; i++)
            {
                ok = double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]);
            }

            if (!ok || values[0] is < -180 or > 180 || values[2] is < -180 or > 180 || values[1] is < -90 or > 90 || values[3] is < -90 or > 90 || values[1] > values[3])
            {
                errors["bbox"] = ["must be west,south,east,north in degrees (south ≤ north), e.g. 9.3,19.5,25.2,33.2"];
            }
            else
            {
                box = (values[0], values[1], values[2], values[3]);
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new EventQuery
        {
            From = from,
            To = to,
            Country = country?.ToUpperInvariant(),
            Type = Text(q, "type"),
            Actor = Text(q, "actor"),
            Text = Text(q, "q"),
            BoundingBox = box,
            Offset = offset,
            Limit = limit,
        }, errors);
    }

    private static string? Text(IQueryCollection q, string name) => q[name].ToString() is { Length: > 0 } s ? s.Trim() : null;

    private static DateOnly? Date(IQueryCollection q, string name, Dictionary<string, string[]> errors)
    {
        if (q[name].ToString() is not { Length: > 0 } s)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        errors[name] = [$"'{s}' is not a date; use YYYY-MM-DD"];
        return null;
    }

    private static int Integer(IQueryCollection q, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (q[name].ToString() is not { Length: > 0 } s)
        {
            return fallback;
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
        {
            return v;
        }

        errors[name] = [$"must be a whole number from {min} to {max}"];
        return fallback;
    }
}

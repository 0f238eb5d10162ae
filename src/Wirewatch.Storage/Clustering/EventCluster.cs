using System.Globalization;
using System.Text.Json;

namespace Wirewatch.Storage.Clustering;

/// <summary>
/// Events from different articles judged to be one incident, with merged best estimates: the most precise
/// stated date, the most precise place, and ACLED's conservative count (the lowest figure given by the most
/// sources, with the range noted when reports disagree).
/// </summary>
public sealed class EventCluster
{
    private readonly List<ClusterCandidate> _members = [];

    internal EventCluster(ClusterCandidate first)
    {
        Id = "c-" + first.EventId;
        _members.Add(first);
    }

    /// <summary>"c-" and the id of the earliest member event: stable when the cluster is rebuilt.</summary>
    public string Id { get; }

    public IReadOnlyList<ClusterCandidate> Members => _members;

    public int Sources
    {
        get
        {
            var sources = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var m in _members)
            {
                sources.Add(m.Source ?? m.ArticleId);
            }

            return sources.Count;
        }
    }

    public DateOnly? FirstReported
    {
        get
        {
            DateOnly? first = null;
            foreach (var m in _members)
            {
                if (m.Published is { } p && (first is null || p < first))
                {
                    first = p;
                }
            }

            return first;
        }
    }

    internal void Add(ClusterCandidate candidate) => _members.Add(candidate);

    internal bool HasArticle(string articleId)
    {
        foreach (var m in _members)
        {
            if (m.ArticleId == articleId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cluster as JSON: ids, sources, first report and the merged estimates.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", Id);
            json.WriteString("type", _members[0].Type);
            json.WriteStartArray("eventIds");
            foreach (var m in _members)
            {
                json.WriteStringValue(m.EventId);
            }

            json.WriteEndArray();
            json.WriteNumber("sources", Sources);
            json.WriteString("firstReported", FirstReported?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var date = BestDate();
            json.WriteString("date", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var place = BestPlace();
            if (place is not null)
            {
                json.WriteStartObject("location");
                json.WriteString("name", place.PlaceName);
                json.WriteString("countryCode", place.Country);
                if (place.Latitude is { } lat && place.Longitude is { } lon)
                {
                    json.WriteNumber("lat", lat);
                    json.WriteNumber("lon", lon);
                }

                if (place.Precision is { } precision)
                {
                    json.WriteNumber("precision", precision);
                }

                json.WriteEndObject();
            }

            var (killed, note) = ConservativeKilled();
            if (killed is { } k)
            {
                json.WriteStartObject("killed");
                json.WriteNumber("value", k);
                if (note is not null)
                {
                    json.WriteString("note", note);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private DateOnly? BestDate()
    {
        // Prefer stated dates; among them the one most reports give, earliest on a tie.
        var counts = new SortedDictionary<DateOnly, int>();
        foreach (var m in _members)
        {
            if (m.DateStated && m.Date is { } d)
            {
                counts[d] = counts.GetValueOrDefault(d) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return FirstReported;
        }

        DateOnly best = default;
        int most = 0;
        foreach (var (d, n) in counts)
        {
            if (n > most)
            {
                best = d;
                most = n;
            }
        }

        return best;
    }

    private ClusterCandidate? BestPlace()
    {
        ClusterCandidate? best = null;
        foreach (var m in _members)
        {
            if (m.Country is not null && (best is null || (m.Precision ?? 9) < (best.Precision ?? 9)))
            {
                best = m;
            }
        }

        return best;
    }

    private (int? Value, string? Note) ConservativeKilled()
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var m in _members)
        {
            if (m.Killed is { } k)
            {
                counts[k] = counts.GetValueOrDefault(k) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return (null, null);
        }

        // The lowest figure among those given by the most sources (well-sourced), then the lowest overall.
        int most = 0;
        foreach (var n in counts.Values)
        {
            most = Math.Max(most, n);
        }

        int value = 0;
        foreach (var (k, n) in counts)
        {
            if (n == most)
            {
                value = k;
                break;
            }
        }

        if (counts.Count == 1)
        {
            return (value, null);
        }

        int low = counts.Keys.First(), high = counts.Keys.Last();
        return (value, $"reports disagree: {low} to {high} killed; {value} is the lowest figure given by the most reports ({most})");
    }
}

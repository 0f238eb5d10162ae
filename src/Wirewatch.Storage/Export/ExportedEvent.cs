using System.Globalization;
using System.Text.Json;

namespace Wirewatch.Storage.Export;

/// <summary>
/// A read-only view of one event of a stored record, with the article it came from. Reads the record's JSON
/// as DESIGN.md specifies it and tolerates fields that are missing or null. Valid only while the writer
/// handles the article (it wraps the parsed record, which is disposed afterwards).
/// </summary>
public sealed class ExportedEvent
{
    private readonly JsonElement _event;
    private readonly JsonElement _record;

    // The whole record, when at hand, gives the text of the event's sentence.
    internal ExportedEvent(StoredArticle article, JsonElement element, int index, JsonElement record = default)
    {
        Article = article;
        _event = element;
        Index = index;
        _record = record;
    }

    public StoredArticle Article { get; }

    /// <summary>Position of the event in its article (0-based).</summary>
    public int Index { get; }

    /// <summary>Stable within a store: the article id and the event's position.</summary>
    public string Id => $"{Article.Id}-{Index + 1}";

    public JsonElement Json => _event;

    public string? Type => Text(_event, "type");

    public string? Mode => Text(_event, "mode");

    public string? Cameo => Text(_event, "cameo");

    public string? Status => Text(_event, "status");

    public string? Reason => Text(_event, "reason");

    public double? Confidence => Number(_event, "confidence");

    public int? SentenceIndex => Number(_event, "sentence") is { } s ? (int)s : null;

    public IReadOnlyList<string> Contexts => Strings(_event, "contexts");

    public string? AcledEventType => Text(Child(_event, "acled"), "eventType");

    public string? AcledSubEventType => Text(Child(_event, "acled"), "subEventType");

    public string? GtdAttackType => Text(Child(_event, "gtd"), "attackType");

    public string? GtdTargetType => Text(Child(_event, "gtd"), "targetType");

    public string? GtdWeaponType => Text(Child(_event, "gtd"), "weaponType");

    public IReadOnlyList<ExportedParticipant> Actors => Participants("actors");

    public IReadOnlyList<ExportedParticipant> Recipients => Participants("recipients");

    /// <summary>The event's date (ISO), its end for ranges, precision (day, week, month, year) and basis.</summary>
    public string? DateValue => Text(Child(_event, "date"), "value");

    public string? DateEnd => Text(Child(_event, "date"), "end");

    public string? DatePrecision => Text(Child(_event, "date"), "precision");

    public string? DateBasis => Text(Child(_event, "date"), "basis");

    /// <summary>The event date, or the article's publication date when the event has none.</summary>
    public DateOnly? Date =>
        DateOnly.TryParseExact(DateValue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : Article.Published;

    public bool HasLocation => Child(_event, "location").ValueKind == JsonValueKind.Object;

    public string? LocationName => Text(Child(_event, "location"), "name") ?? Text(Child(_event, "location"), "text");

    public string? LocationText => Text(Child(_event, "location"), "text");

    public string? CountryCode => Text(Child(_event, "location"), "countryCode");

    public string? Admin1 => Text(Child(_event, "location"), "admin1");

    public int? GeonameId => Number(Child(_event, "location"), "geonameid") is { } g ? (int)g : null;

    public double? Latitude => Number(Child(_event, "location"), "lat");

    public double? Longitude => Number(Child(_event, "location"), "lon");

    public int? GeoPrecision => Number(Child(_event, "location"), "precision") is { } p ? (int)p : null;

    public int? Killed => Count("killed");

    public int? Injured => Count("injured");

    public int? Abducted => Count("abducted");

    public int? Arrested => Count("arrested");

    public string? Claimant
    {
        get
        {
            var claimant = Child(Child(_event, "claim"), "claimant");
            return claimant.ValueKind switch
            {
                JsonValueKind.String => claimant.GetString(),
                JsonValueKind.Object => Text(claimant, "canonical") ?? Text(claimant, "text"),
                _ => null,
            };
        }
    }

    public string? ClaimChannel => Text(Child(_event, "claim"), "channel");

    public string? ClaimVerified => Text(Child(_event, "claim"), "verified");

    public bool IsClaimed => Child(_event, "claim").ValueKind == JsonValueKind.Object || Status == "claimed";

    public string? Attribution
    {
        get
        {
            var a = Child(_event, "attribution");
            return a.ValueKind switch
            {
                JsonValueKind.String => a.GetString(),
                JsonValueKind.Object => Text(a, "text"),
                _ => null,
            };
        }
    }

    /// <summary>The texts of the evidence spans, joined; falls back to the trigger's sentence span when there are none.</summary>
    public string EvidenceText
    {
        get
        {
            if (!_event.TryGetProperty("evidence", out var evidence) || evidence.ValueKind != JsonValueKind.Array)
            {
                return string.Empty;
            }

            var parts = new List<string>();
            foreach (var span in evidence.EnumerateArray())
            {
                if (Text(span, "text") is { Length: > 0 } t && !parts.Contains(t))
                {
                    parts.Add(t);
                }
            }

            return string.Join(" … ", parts);
        }
    }

    /// <summary>The sentence the event was read from, when the record is at hand; else the evidence text.</summary>
    public string Summary
    {
        get
        {
            var sentences = Child(_record, "sentences");
            if (SentenceIndex is { } i && sentences.ValueKind == JsonValueKind.Array && i >= 0 && i < sentences.GetArrayLength()
                && Text(sentences[i], "text") is { Length: > 0 } sentence)
            {
                return sentence;
            }

            return EvidenceText;
        }
    }

    internal static JsonElement Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : default;

    internal static string? Text(JsonElement element, string name)
    {
        var child = Child(element, name);
        return child.ValueKind switch
        {
            JsonValueKind.String => child.GetString(),
            JsonValueKind.Number => child.GetRawText(),
            _ => null,
        };
    }

    internal static double? Number(JsonElement element, string name)
    {
        var child = Child(element, name);
        return child.ValueKind == JsonValueKind.Number && child.TryGetDouble(out var d) ? d : null;
    }

    private static IReadOnlyList<string> Strings(JsonElement element, string name)
    {
        var child = Child(element, name);
        if (child.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<string>();
        foreach (var item in child.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
            {
                list.Add(s);
            }
        }

        return list;
    }

    private int? Count(string name)
    {
        var child = Child(_event, name);
        return child.ValueKind switch
        {
            JsonValueKind.Number => child.TryGetInt32(out var n) ? n : null,
            JsonValueKind.Object => Number(child, "value") is { } v ? (int)v : null,
            _ => null,
        };
    }

    private IReadOnlyList<ExportedParticipant> Participants(string name)
    {
        var child = Child(_event, name);
        if (child.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<ExportedParticipant>();
        foreach (var p in child.EnumerateArray())
        {
            var text = Text(p, "text") ?? string.Empty;
            list.Add(new ExportedParticipant(text, Text(p, "canonical"), Text(p, "entityId"), Text(p, "country"), Text(p, "sector")));
        }

        return list;
    }
}

using System.Globalization;
using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;
using Wirewatch.Events.Attributes;

namespace Wirewatch.Events;

/// <summary>
/// The events of a document, written as the record's <c>events</c> array (fields in docs/record.md): type, mode,
/// contexts, cameo, acled, gtd, actors, recipients, instrument, location, date, killed/injured/abducted/arrested,
/// status, claim, attribution, trigger, evidence, reason, confidence, sentence, mentions.
/// </summary>
public sealed class EventLayer : IJsonWritableLayer
{
    /// <summary>Creates the layer.</summary>
    public EventLayer(IReadOnlyList<CodedEvent> events)
    {
        Events = events ?? throw new ArgumentNullException(nameof(events));
    }

    /// <inheritdoc/>
    public LayerKind Kind => LayerKind.Events;

    /// <inheritdoc/>
    public string JsonName => "events";

    /// <summary>The events in order of their first mention.</summary>
    public IReadOnlyList<CodedEvent> Events { get; }

    /// <summary>The lower-case, hyphenated JSON name of a status ("claimed").</summary>
    public static string StatusName(EventStatus status) => status.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public void WriteJsonValue(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var e in Events)
        {
            WriteEvent(writer, document, e);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one event object.</summary>
    public static void WriteEvent(Utf8JsonWriter writer, Document document, CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(e);
        writer.WriteStartObject();
        writer.WriteString("type", e.Type);
        OptionalString(writer, "mode", e.Mode);
        writer.WriteStartArray("contexts");
        foreach (var c in e.Contexts)
        {
            writer.WriteStringValue(c);
        }

        writer.WriteEndArray();
        OptionalString(writer, "cameo", e.Cameo);
        if (e.Acled is { } acled)
        {
            writer.WriteStartObject("acled");
            writer.WriteString("eventType", acled.EventType);
            writer.WriteString("subEventType", acled.SubEventType);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("acled");
        }

        if (e.Gtd is { } gtd)
        {
            writer.WriteStartObject("gtd");
            OptionalString(writer, "attackType", gtd.AttackType);
            OptionalString(writer, "targetType", gtd.TargetType);
            OptionalString(writer, "weaponType", gtd.WeaponType);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("gtd");
        }

        WriteParticipants(writer, "actors", e.Actors);
        WriteParticipants(writer, "recipients", e.Recipients);
        if (e.Instrument is { } instrument)
        {
            writer.WritePropertyName("instrument");
            WriteParticipant(writer, instrument);
        }

        if (e.Location is { } location)
        {
            var p = location.Place;
            writer.WriteStartObject("location");
            DocumentJsonWriter.WriteSpanProperties(writer, document, p.Start, p.End);
            writer.WriteString("name", p.Name);
            if (p.GeonameId is int id)
            {
                writer.WriteNumber("geonameid", id);
            }

            writer.WriteNumber("lat", p.Latitude);
            writer.WriteNumber("lon", p.Longitude);
            writer.WriteString("countryCode", p.CountryCode);
            OptionalString(writer, "admin1", p.Admin1);
            writer.WriteNumber("precision", location.Precision);
            writer.WriteString("basis", Hyphenate(location.Basis.ToString()));
            writer.WriteString("reason", location.Reason);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("location");
        }

        if (e.Date is { } date)
        {
            writer.WriteStartObject("date");
            writer.WriteString("value", date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (date.EndValue is DateOnly endValue)
            {
                writer.WriteString("end", endValue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("end");
            }

            writer.WriteString("precision", date.Precision.ToString().ToLowerInvariant());
            writer.WriteString("basis", Hyphenate(date.Basis.ToString()));
            if (date.Start >= 0 && date.End > date.Start && date.End <= document.Text.Length)
            {
                writer.WritePropertyName("span");
                DocumentJsonWriter.WriteSpan(writer, document, date.Start, date.End);
            }
            else
            {
                writer.WriteNull("span");
            }

            writer.WriteString("reason", date.Reason);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("date");
        }

        WriteCount(writer, document, "killed", e.Counts.Killed);
        WriteCount(writer, document, "injured", e.Counts.Injured);
        WriteCount(writer, document, "abducted", e.Counts.Abducted);
        WriteCount(writer, document, "arrested", e.Counts.Arrested);
        writer.WriteString("status", StatusName(e.Status));
        if (e.Claim is { } claim)
        {
            writer.WriteStartObject("claim");
            OptionalString(writer, "claimant", claim.Claimant);
            if (claim.ClaimantStart >= 0 && claim.ClaimantEnd > claim.ClaimantStart && claim.ClaimantEnd <= document.Text.Length)
            {
                writer.WritePropertyName("claimantSpan");
                DocumentJsonWriter.WriteSpan(writer, document, claim.ClaimantStart, claim.ClaimantEnd);
            }

            OptionalString(writer, "channel", claim.Channel);
            writer.WriteString("verified", claim.Verified);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("claim");
        }

        if (e.Attribution is { } attribution)
        {
            writer.WriteStartObject("attribution");
            DocumentJsonWriter.WriteSpanProperties(writer, document, attribution.Start, attribution.End);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("attribution");
        }

        writer.WritePropertyName("trigger");
        DocumentJsonWriter.WriteSpan(writer, document, e.Trigger.Start, e.Trigger.End);
        writer.WriteStartArray("evidence");
        foreach (var span in e.Evidence)
        {
            DocumentJsonWriter.WriteSpan(writer, document, span.Start, span.End);
        }

        writer.WriteEndArray();
        writer.WriteString("reason", e.Reason);
        writer.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        writer.WriteNumber("sentence", e.Sentence);
        writer.WriteNumber("mentions", e.Mentions);
        writer.WriteEndObject();
    }

    private static void WriteParticipants(Utf8JsonWriter writer, string name, IReadOnlyList<EventParticipant> participants)
    {
        writer.WriteStartArray(name);
        foreach (var p in participants)
        {
            WriteParticipant(writer, p);
        }

        writer.WriteEndArray();
    }

    private static void WriteParticipant(Utf8JsonWriter writer, EventParticipant p)
    {
        writer.WriteStartObject();
        writer.WriteString("text", p.Text);
        writer.WriteNumber("start", p.Start);
        writer.WriteNumber("end", p.End);
        NullableString(writer, "canonical", p.Canonical);
        NullableString(writer, "entityId", p.EntityId);
        NullableString(writer, "country", p.Country);
        NullableString(writer, "sector", p.Sector);
        writer.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter writer, Document document, string name, EventCount? count)
    {
        if (count is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        NullableInt(writer, "value", count.Value);
        NullableInt(writer, "min", count.Min);
        NullableInt(writer, "max", count.Max);
        if (count.Start >= 0 && count.End > count.Start && count.End <= document.Text.Length)
        {
            writer.WritePropertyName("span");
            DocumentJsonWriter.WriteSpan(writer, document, count.Start, count.End);
        }
        else
        {
            writer.WriteNull("span");
        }

        writer.WriteString("reason", count.Reason);
        writer.WriteEndObject();
    }

    private static void NullableInt(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void NullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void OptionalString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    // "RelativeToPublication" → "relative-to-publication".
    private static string Hyphenate(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

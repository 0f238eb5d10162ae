using System.Globalization;
using System.Text.Json;

namespace Wirewatch.Storage.Export;

/// <summary>
/// PLOVER JSON lines following the PLOVER manual's data fields: <c>id</c>, <c>date</c>, <c>enddate</c>,
/// <c>actor</c>/<c>recipient</c> entity objects (code, sector, entity_text, identifier_id, identifier_text),
/// <c>event</c>, <c>mode</c>, <c>context</c>, <c>event_loc</c> (Mordecai-style location object), <c>event_text</c>,
/// <c>quad_code</c>, <c>size</c>, <c>cite_info</c>, <c>coder</c> and <c>comment</c>, plus our own
/// <c>status</c>, <c>claim</c>, <c>attribution</c> and <c>confidence</c>.
/// </summary>
public sealed class PloverJsonLinesExportWriter : EventExportWriter
{
    private readonly MemoryStream _buffer = new();

    public PloverJsonLinesExportWriter(Stream output, ExportOptions options)
        : base(output, options)
    {
    }

    protected override bool WriteEvent(ExportedEvent e)
    {
        _buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (e.DateEnd is { } end)
            {
                json.WriteString("enddate", end);
            }

            Entities(json, "actor", e.Actors);
            Entities(json, "recipient", e.Recipients);
            Strings(json, "event", e.Type is null ? [] : [e.Type]);
            Strings(json, "mode", e.Mode is null ? [] : [e.Mode]);
            Strings(json, "context", e.Contexts);
            if (e.HasLocation)
            {
                json.WriteStartObject("event_loc");
                json.WriteString("extracted_place", e.LocationText);
                json.WriteString("resolved_place", e.LocationName);
                if (e.GeonameId is { } id)
                {
                    json.WriteNumber("geonameid", id);
                }

                if (e.Latitude is { } lat && e.Longitude is { } lon)
                {
                    json.WriteNumber("lat", lat);
                    json.WriteNumber("lon", lon);
                }

                json.WriteString("province", e.Admin1);
                json.WriteString("country", Options.Countries.Find(e.CountryCode)?.Name ?? e.CountryCode);
                json.WriteString("country_code", e.CountryCode);
                // PLOVER's resolution runs the other way round from our precision: 1 country ... 4 city.
                if (e.GeoPrecision is { } p and >= 1 and <= 4)
                {
                    json.WriteNumber("resolution", 5 - p);
                }

                json.WriteEndObject();
            }

            Strings(json, "event_text", e.Summary.Length == 0 ? [] : [e.Summary]);
            if (e.Cameo is { Length: >= 2 } cameo && CameoTsvExportWriter.QuadClass(cameo[..2]) is { Length: 1 } quad)
            {
                json.WriteNumber("quad_code", quad[0] - '0');
            }

            if (e.Killed is not null || e.Injured is not null || e.Arrested is not null || e.Abducted is not null)
            {
                json.WriteStartObject("size");
                Count(json, "dead", e.Killed);
                Count(json, "injured", e.Injured);
                Count(json, "arrested", e.Arrested);
                Count(json, "abducted", e.Abducted);
                json.WriteEndObject();
            }

            json.WriteStartObject("cite_info");
            json.WriteString("url", e.Article.Url);
            json.WriteString("title", e.Article.Title);
            json.WriteString("publication", e.Article.Source);
            json.WriteString("language", e.Article.Language);
            json.WriteString("coder", "wirewatch");
            json.WriteString("codebook", "plover-2.0");
            json.WriteEndObject();
            json.WriteString("coder", "wirewatch");
            json.WriteString("status", e.Status);
            if (e.IsClaimed)
            {
                json.WriteStartObject("claim");
                json.WriteString("claimant", e.Claimant);
                json.WriteString("channel", e.ClaimChannel);
                json.WriteString("verified", e.ClaimVerified);
                json.WriteEndObject();
            }

            if (e.Attribution is { } attribution)
            {
                json.WriteString("attribution", attribution);
            }

            if (e.Confidence is { } confidence)
            {
                json.WriteNumber("confidence", confidence);
            }

            json.WriteString("comment", e.Reason);
            json.WriteEndObject();
        }

        Writer.Flush();
        Writer.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        Writer.Write('\n');
        return true;
    }

    private static void Entities(Utf8JsonWriter json, string name, IReadOnlyList<ExportedParticipant> participants)
    {
        json.WriteStartArray(name);
        foreach (var p in participants)
        {
            json.WriteStartObject();
            json.WriteString("code", p.Country);
            json.WriteString("sector", p.Sector);
            json.WriteString("entity_text", p.Text);
            json.WriteString("identifier_id", p.EntityId);
            json.WriteString("identifier_text", p.Canonical);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static void Count(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }
}

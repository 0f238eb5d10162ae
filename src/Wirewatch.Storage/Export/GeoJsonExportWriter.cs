using System.Globalization;
using System.Text.Json;

namespace Wirewatch.Storage.Export;

/// <summary>
/// A GeoJSON FeatureCollection with one Point per located event (longitude first, as GeoJSON requires) and the
/// fields a map needs as properties. Events without coordinates are left out.
/// </summary>
public sealed class GeoJsonExportWriter : EventExportWriter
{
    private readonly MemoryStream _buffer = new();
    private int _features;

    public GeoJsonExportWriter(Stream output, ExportOptions options)
        : base(output, options)
    {
    }

    protected override void WriteHeader() => Writer.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");

    protected override void WriteFooter() => Writer.Write("\n]}\n");

    protected override bool WriteEvent(ExportedEvent e)
    {
        if (e.Latitude is not { } lat || e.Longitude is not { } lon)
        {
            return false;
        }

        _buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(Math.Round(lon, 5));
            json.WriteNumberValue(Math.Round(lat, 5));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("id", e.Id);
            json.WriteString("article", e.Article.Id);
            json.WriteString("type", e.Type);
            json.WriteString("mode", e.Mode);
            json.WriteString("acledSubEventType", e.AcledSubEventType);
            json.WriteString("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("datePrecision", e.DatePrecision);
            json.WriteString("place", e.LocationName);
            json.WriteString("countryCode", e.CountryCode);
            if (e.GeoPrecision is { } p)
            {
                json.WriteNumber("precision", p);
            }

            if (e.Killed is { } killed)
            {
                json.WriteNumber("killed", killed);
            }

            json.WriteString("status", e.Status);
            json.WriteString("actors", Names(e.Actors));
            json.WriteString("recipients", Names(e.Recipients));
            json.WriteString("evidence", e.EvidenceText);
            json.WriteString("sentence", e.Summary);
            json.WriteString("url", e.Article.Url);
            json.WriteString("title", e.Article.Title);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        Writer.Flush();
        if (_features++ > 0)
        {
            Writer.Write(",\n");
        }

        Writer.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        return true;
    }

    private static string Names(IReadOnlyList<ExportedParticipant> participants)
    {
        var names = new string[participants.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = participants[i].Name;
        }

        return string.Join("; ", names);
    }
}

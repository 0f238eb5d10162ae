using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Geo.Places;

/// <summary>The resolved places of a document, in text order. Written as the record's <c>places</c> array.</summary>
public sealed class PlaceLayer : IJsonWritableLayer
{
    public PlaceLayer(IReadOnlyList<PlaceMention> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        Places = places;
    }

    public LayerKind Kind => LayerKind.Places;

    public string JsonName => "places";

    public IReadOnlyList<PlaceMention> Places { get; }

    public int Count => Places.Count;

    public PlaceMention this[int index] => Places[index];

    public void WriteJsonValue(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var p in Places)
        {
            writer.WriteStartObject();
            DocumentJsonWriter.WriteSpanProperties(writer, document, p.Start, p.End);
            if (p.GeonameId is { } id)
            {
                writer.WriteNumber("geonameid", id);
            }
            else
            {
                writer.WriteNull("geonameid");
            }

            writer.WriteString("name", p.Name);
            writer.WriteNumber("lat", p.Latitude);
            writer.WriteNumber("lon", p.Longitude);
            writer.WriteString("countryCode", p.CountryCode.Length == 0 ? null : p.CountryCode);
            writer.WriteString("admin1", p.Admin1);
            writer.WriteString("featureCode", p.FeatureCode);
            writer.WriteNumber("precision", p.Precision);
            writer.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
            writer.WriteBoolean("demonym", p.IsDemonym);
            writer.WriteNumber("confidence", p.Confidence);
            writer.WriteString("reason", p.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

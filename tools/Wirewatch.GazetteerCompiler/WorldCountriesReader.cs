using System.Text.Json;
using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.GazetteerCompiler;

/// <summary>Reads world-countries' <c>countries.json</c> and its per-country GeoJSON borders (for extents).</summary>
public static class WorldCountriesReader
{
    public static List<CountryRecord> Read(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, int> geonameIds)
    {
        using var doc = JsonDocument.Parse(files["package/countries.json"]);
        var list = new List<CountryRecord>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var alpha2 = c.GetProperty("cca2").GetString() ?? string.Empty;
            var alpha3 = c.GetProperty("cca3").GetString() ?? string.Empty;
            if (alpha3.Length != 3)
            {
                continue;
            }

            var name = c.GetProperty("name");
            var alt = new List<string>();
            if (c.TryGetProperty("altSpellings", out var spellings))
            {
                foreach (var s in spellings.EnumerateArray())
                {
                    alt.Add(s.GetString() ?? string.Empty);
                }
            }

            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var form in eng.EnumerateObject())
                {
                    var value = form.Value.GetString();
                    if (!string.IsNullOrWhiteSpace(value) && !demonyms.Contains(value))
                    {
                        demonyms.Add(value);
                    }
                }
            }

            var latlng = c.GetProperty("latlng");
            files.TryGetValue($"package/data/{alpha3.ToLowerInvariant()}.geo.json", out var border);
            list.Add(new CountryRecord
            {
                Alpha2 = alpha2,
                Alpha3 = alpha3,
                CommonName = name.GetProperty("common").GetString() ?? alpha3,
                OfficialName = name.TryGetProperty("official", out var off) ? off.GetString() : null,
                AltSpellings = alt,
                Demonyms = demonyms,
                Latitude = latlng[0].GetDouble(),
                Longitude = latlng[1].GetDouble(),
                Independent = c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True,
                GeonameId = geonameIds.GetValueOrDefault(alpha2),
                Extent = border is null ? null : ExtentOf(border),
            });
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Alpha3, b.Alpha3));
        return list;
    }

    /// <summary>The bounding box of every ring in a GeoJSON FeatureCollection.</summary>
    public static GeoExtent? ExtentOf(byte[] geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        var points = new ExtentAccumulator();
        CollectGeometry(doc.RootElement, points);
        return points.Extent();
    }

    // FeatureCollection, Feature, or bare geometry: the packages use more than one shape.
    private static void CollectGeometry(JsonElement element, ExtentAccumulator points)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("features", out var features))
        {
            foreach (var feature in features.EnumerateArray())
            {
                CollectGeometry(feature, points);
            }
        }
        else if (element.TryGetProperty("geometry", out var geometry))
        {
            CollectGeometry(geometry, points);
        }
        else if (element.TryGetProperty("geometries", out var geometries))
        {
            foreach (var g in geometries.EnumerateArray())
            {
                CollectGeometry(g, points);
            }
        }
        else if (element.TryGetProperty("coordinates", out var coordinates))
        {
            Collect(coordinates, points);
        }
    }

    private static void Collect(JsonElement coordinates, ExtentAccumulator points)
    {
        if (coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() == 0)
        {
            return;
        }

        if (coordinates[0].ValueKind == JsonValueKind.Number)
        {
            points.Add(coordinates[1].GetDouble(), coordinates[0].GetDouble());
            return;
        }

        foreach (var child in coordinates.EnumerateArray())
        {
            Collect(child, points);
        }
    }
}

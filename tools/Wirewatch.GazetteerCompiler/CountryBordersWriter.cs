using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Wirewatch.GazetteerCompiler;

/// <summary>
/// Writes <c>countries.geojson</c> for the offline map: world-countries' borders simplified (Douglas–Peucker,
/// 0.05°) and rounded to two decimals, one feature per country with its alpha-3 code and name. About 1 MB
/// instead of 9 MB, which is plenty at the map's scale.
/// </summary>
public static class CountryBordersWriter
{
    public const string FileName = "countries.geojson";
    private const double Tolerance = 0.05;

    public static string Render(IReadOnlyDictionary<string, byte[]> files)
    {
        using var countries = JsonDocument.Parse(files["package/countries.json"]);
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in countries.RootElement.EnumerateArray())
        {
            var alpha3 = c.GetProperty("cca3").GetString() ?? string.Empty;
            if (alpha3.Length == 3)
            {
                names[alpha3] = c.GetProperty("name").GetProperty("common").GetString() ?? alpha3;
            }
        }

        var sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"source\":\"world-countries 5.1.0 (ODbL 1.0), simplified by tools/Wirewatch.GazetteerCompiler\",\"features\":[\n");
        bool first = true;
        foreach (var (alpha3, name) in names)
        {
            if (!files.TryGetValue($"package/data/{alpha3.ToLowerInvariant()}.geo.json", out var border))
            {
                continue;
            }

            var polygons = new List<List<List<(double X, double Y)>>>();
            using (var geo = JsonDocument.Parse(border))
            {
                foreach (var feature in geo.RootElement.GetProperty("features").EnumerateArray())
                {
                    // Some countries (Kosovo) ship a feature without geometry.
                    if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    var type = geometry.GetProperty("type").GetString();
                    var coordinates = geometry.GetProperty("coordinates");
                    if (type == "Polygon")
                    {
                        AddPolygon(polygons, coordinates);
                    }
                    else if (type == "MultiPolygon")
                    {
                        foreach (var polygon in coordinates.EnumerateArray())
                        {
                            AddPolygon(polygons, polygon);
                        }
                    }
                }
            }

            if (polygons.Count == 0)
            {
                continue;
            }

            sb.Append(first ? string.Empty : ",\n");
            first = false;
            sb.Append("{\"type\":\"Feature\",\"properties\":{\"id\":\"").Append(alpha3).Append("\",\"name\":")
                .Append(JsonSerializer.Serialize(name)).Append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int p = 0; p < polygons.Count; p++)
            {
                sb.Append(p > 0 ? ",[" : "[");
                for (int r = 0; r < polygons[p].Count; r++)
                {
                    sb.Append(r > 0 ? ",[" : "[");
                    var ring = polygons[p][r];
                    for (int i = 0; i < ring.Count; i++)
                    {
                        sb.Append(i > 0 ? ",[" : "[")
                            .Append(ring[i].X.ToString("0.##", CultureInfo.InvariantCulture)).Append(',')
                            .Append(ring[i].Y.ToString("0.##", CultureInfo.InvariantCulture)).Append(']');
                    }

                    sb.Append(']');
                }

                sb.Append(']');
            }

            sb.Append("]}}");
        }

        sb.Append("\n]}\n");
        return sb.ToString();
    }

    private static void AddPolygon(List<List<List<(double X, double Y)>>> polygons, JsonElement polygon)
    {
        var rings = new List<List<(double X, double Y)>>();
        foreach (var ring in polygon.EnumerateArray())
        {
            var points = new List<(double X, double Y)>();
            foreach (var p in ring.EnumerateArray())
            {
                points.Add((p[0].GetDouble(), p[1].GetDouble()));
            }

            var simplified = Simplify(points);
            if (simplified.Count >= 4)
            {
                rings.Add(simplified);
            }
            else if (rings.Count == 0)
            {
                // The outer ring vanished at this scale (a small island): drop the polygon with its holes.
                return;
            }
        }

        if (rings.Count > 0)
        {
            polygons.Add(rings);
        }
    }

    private static List<(double X, double Y)> Simplify(List<(double X, double Y)> points)
    {
        if (points.Count < 4)
        {
            return points;
        }

        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int From, int To)>();
        stack.Push((0, points.Count - 1));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            double max = 0;
            int index = -1;
            for (int i = from + 1; i < to; i++)
            {
                double d = Distance(points[i], points[from], points[to]);
                if (d > max)
                {
                    max = d;
                    index = i;
                }
            }

            if (index >= 0 && max > Tolerance)
            {
                keep[index] = true;
                stack.Push((from, index));
                stack.Push((index, to));
            }
        }

        var result = new List<(double X, double Y)>();
        for (int i = 0; i < points.Count; i++)
        {
            if (keep[i])
            {
                result.Add(points[i]);
            }
        }

        return result;
    }

    private static double Distance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        double length = Math.Sqrt((dx * dx) + (dy * dy));
        if (length == 0)
        {
            return Math.Sqrt(((p.X - a.X) * (p.X - a.X)) + ((p.Y - a.Y) * (p.Y - a.Y)));
        }

        return Math.Abs((dy * p.X) - (dx * p.Y) + (b.X * a.Y) - (b.Y * a.X)) / length;
    }
}

using System.Globalization;
using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.GazetteerCompiler;

/// <summary>
/// Reads our additions: tab-separated <c>kind name aliases latitude longitude country feature precision
/// geonameid source</c>; '#' starts a comment line. Aliases are '|'-separated; <c>adj:</c> marks a
/// demonym or adjective, <c>abbr:</c> a capitals-only abbreviation. Kind <c>names</c> adds aliases to an
/// existing entry found by its country code (column 6) or GeoNames id (column 9).
/// </summary>
public static class AdditionsReader
{
    public const int ColumnCount = 10;

    private static readonly string[] Kinds = ["continent", "region", "water", "facility", "place", "names"];

    public static List<AdditionLine> Read(string path) => Parse(File.ReadAllLines(path), path);

    public static List<AdditionLine> Parse(IReadOnlyList<string> lines, string source)
    {
        var result = new List<AdditionLine>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != ColumnCount)
            {
                throw Error(source, i, $"expected {ColumnCount} tab-separated columns, found {cols.Length}.");
            }

            var kind = cols[0].Trim();
            if (Array.IndexOf(Kinds, kind) < 0)
            {
                throw Error(source, i, $"unknown kind '{kind}' (use {string.Join(", ", Kinds)}).");
            }

            var aliases = new List<GazetteerName>();
            foreach (var raw in cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                aliases.Add(raw switch
                {
                    _ when raw.StartsWith("adj:", StringComparison.Ordinal) => new GazetteerName(raw[4..], NameKind.Demonym),
                    _ when raw.StartsWith("abbr:", StringComparison.Ordinal) => new GazetteerName(raw[5..], NameKind.Abbreviation),
                    _ => new GazetteerName(raw, NameKind.Alternate),
                });
            }

            var country = cols[5].Trim();
            if (country.Length is not (0 or 3))
            {
                throw Error(source, i, $"country '{country}' must be an ISO alpha-3 code or empty.");
            }

            int geonameId = 0;
            if (cols[8].Trim().Length > 0 && !int.TryParse(cols[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out geonameId))
            {
                throw Error(source, i, $"geonameid '{cols[8]}' is not a number.");
            }

            if (cols[9].Trim().Length == 0)
            {
                throw Error(source, i, "every line needs a source note.");
            }

            if (kind == "names")
            {
                if (country.Length == 0 && geonameId == 0)
                {
                    throw Error(source, i, "a 'names' line needs a country code or a geonameid to find its entry.");
                }

                result.Add(new AdditionLine { LineNumber = i + 1, Kind = kind, Name = cols[1].Trim(), Aliases = aliases, Country = country, GeonameId = geonameId, Source = cols[9].Trim() });
                continue;
            }

            if (!double.TryParse(cols[3], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) ||
                !double.TryParse(cols[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) ||
                lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                throw Error(source, i, $"latitude/longitude '{cols[3]}', '{cols[4]}' are not valid coordinates.");
            }

            var feature = cols[6].Trim();
            if (feature.Length < 3 || feature[1] != '.')
            {
                throw Error(source, i, $"feature '{feature}' must be CLASS.CODE, e.g. L.RGN or S.HTL.");
            }

            if (!byte.TryParse(cols[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out byte precision) || precision is < 1 or > 4)
            {
                throw Error(source, i, $"precision '{cols[7]}' must be 1 to 4.");
            }

            result.Add(new AdditionLine
            {
                LineNumber = i + 1,
                Kind = kind,
                Name = cols[1].Trim(),
                Aliases = aliases,
                Latitude = lat,
                Longitude = lon,
                Country = country,
                FeatureClass = feature[0],
                FeatureCode = feature[2..],
                Precision = precision,
                GeonameId = geonameId,
                Source = cols[9].Trim(),
            });
        }

        return result;
    }

    public static PlaceKind KindOf(string kind) => kind switch
    {
        "continent" => PlaceKind.Continent,
        "region" => PlaceKind.Region,
        "water" => PlaceKind.Water,
        "facility" => PlaceKind.Facility,
        _ => PlaceKind.Place,
    };

    private static GazetteerDataException Error(string source, int index, string message) =>
        new($"{source}:{index + 1}: {message}");
}

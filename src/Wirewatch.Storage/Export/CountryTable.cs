using System.Collections.Frozen;
using System.Globalization;

namespace Wirewatch.Storage.Export;

/// <summary>
/// ISO country codes and names for exports, read from <c>data/gazetteer/countries.tsv</c> (written by the
/// gazetteer compiler). An empty table is allowed: exports then leave the name and numeric code blank.
/// </summary>
public sealed class CountryTable
{
    private readonly FrozenDictionary<string, ExportCountry> _byAlpha3;

    private CountryTable(FrozenDictionary<string, ExportCountry> byAlpha3)
    {
        _byAlpha3 = byAlpha3;
    }

    public static CountryTable Empty { get; } = new(FrozenDictionary<string, ExportCountry>.Empty);

    public int Count => _byAlpha3.Count;

    public static CountryTable Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var map = new Dictionary<string, ExportCountry>(StringComparer.OrdinalIgnoreCase);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 4 || f[0].Length != 3)
            {
                throw new StorageException("countries table", $"line {lineNumber}: expected 'alpha3<TAB>alpha2<TAB>numeric<TAB>name[<TAB>region]', got '{line}'.");
            }

            int? numeric = int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            map[f[0]] = new ExportCountry(f[0], f[1], numeric, f[3], f.Length > 4 ? f[4] : string.Empty);
        }

        return new CountryTable(map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    public static CountryTable Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }

    public ExportCountry? Find(string? alpha3) => alpha3 is { Length: 3 } && _byAlpha3.TryGetValue(alpha3, out var c) ? c : null;
}

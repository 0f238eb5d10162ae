using System.Collections.Frozen;
using System.Globalization;
using Wirewatch.Core.Errors;
using Wirewatch.Geo.Text;

namespace Wirewatch.Geo.Recognition;

/// <summary>
/// The word lists recognition relies on (<c>data/gazetteer/recognition.tsv</c>): stop words, organisation
/// heads, name connectors, locative prepositions and direction modifiers. Words are stored as
/// normalised keys and looked up by span.
/// </summary>
public sealed class RecognitionLexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stop;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _orgHeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _connectors;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _locatives;
    private readonly FrozenDictionary<string, (double Lat, double Lon)>.AlternateLookup<ReadOnlySpan<char>> _directions;

    private RecognitionLexicon(
        IEnumerable<string> stop,
        IEnumerable<string> orgHeads,
        IEnumerable<string> connectors,
        IEnumerable<string> locatives,
        IEnumerable<KeyValuePair<string, (double, double)>> directions)
    {
        _stop = stop.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _orgHeads = orgHeads.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _connectors = connectors.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _locatives = locatives.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _directions = directions.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An empty lexicon: every capitalised word may be a place.</summary>
    public static RecognitionLexicon Empty { get; } = new([], [], [], [], []);

    public static RecognitionLexicon Load(string path)
    {
        try
        {
            return Parse(File.ReadAllLines(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException(path, "the recognition word lists cannot be read; they ship in data/gazetteer/.", ex);
        }
    }

    public static RecognitionLexicon Parse(IEnumerable<string> lines, string source = "<lexicon>")
    {
        ArgumentNullException.ThrowIfNull(lines);
        var stop = new List<string>();
        var org = new List<string>();
        var connectors = new List<string>();
        var locatives = new List<string>();
        var directions = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2)
            {
                throw new ModelLoadException(source, $"line {lineNumber}: expected LIST<TAB>WORD.");
            }

            var key = PlaceNameNormalizer.Normalize(cols[1]);
            switch (cols[0])
            {
                case "stop":
                    stop.Add(key);
                    break;
                case "orghead":
                    org.Add(key);
                    break;
                case "connector":
                    connectors.Add(key);
                    break;
                case "locative":
                    locatives.Add(key);
                    break;
                case "direction" when cols.Length == 4
                    && double.TryParse(cols[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
                    && double.TryParse(cols[3], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon):
                    directions[key] = (lat, lon);
                    break;
                default:
                    throw new ModelLoadException(source, $"line {lineNumber}: unknown list '{cols[0]}' or missing fractions.");
            }
        }

        return new RecognitionLexicon(stop, org, connectors, locatives, directions);
    }

    /// <summary>Never a place on its own.</summary>
    public bool IsStopWord(ReadOnlySpan<char> key) => _stop.Contains(key);

    /// <summary>After a place name, turns it into part of an organisation's name.</summary>
    public bool IsOrganisationHead(ReadOnlySpan<char> key) => _orgHeads.Contains(key);

    /// <summary>A lower-case word allowed inside a multi-word name.</summary>
    public bool IsConnector(ReadOnlySpan<char> key) => _connectors.Contains(key);

    public bool IsLocative(ReadOnlySpan<char> key) => _locatives.Contains(key);

    /// <summary>A direction modifier ("eastern") and the centre of that part as fractions of a bounding box.</summary>
    public bool TryGetDirection(ReadOnlySpan<char> key, out (double Lat, double Lon) fractions) => _directions.TryGetValue(key, out fractions);
}

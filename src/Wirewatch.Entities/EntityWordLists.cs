using System.Collections.Frozen;
using Wirewatch.Core.Errors;

namespace Wirewatch.Entities;

/// <summary>
/// The component's word lists (<c>Resources/words.tsv</c>, embedded): organisation heads, titles, month and weekday
/// names, facility heads, event heads, and NORP words. Lookups are case-insensitive and allocation-free. Immutable.
/// </summary>
public sealed class EntityWordLists
{
    private readonly Dictionary<string, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _lists;

    private EntityWordLists(Dictionary<string, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> lists)
    {
        _lists = lists;
    }

    /// <summary>The lists shipped in the assembly.</summary>
    public static EntityWordLists Default { get; } = LoadEmbedded();

    public static EntityWordLists Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 2 || cols[1].Length == 0)
            {
                throw new ModelLoadException(source, $"line {number}: expected LIST<TAB>WORD.");
            }

            if (!sets.TryGetValue(cols[0], out var set))
            {
                sets[cols[0]] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            set.Add(cols[1]);
        }

        var lists = new Dictionary<string, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>>(StringComparer.Ordinal);
        foreach (var (name, set) in sets)
        {
            lists[name] = set.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        return new EntityWordLists(lists);
    }

    public bool IsOrganisationWord(ReadOnlySpan<char> word) => Has("orgword", word);

    public bool IsTitle(ReadOnlySpan<char> word) => Has("title", word);

    public bool IsCalendar(ReadOnlySpan<char> word) => Has("calendar", word);

    public bool IsFacilityWord(ReadOnlySpan<char> word) => Has("facility", word);

    public bool IsEventWord(ReadOnlySpan<char> word) => Has("eventword", word);

    public bool IsNorpWord(ReadOnlySpan<char> word) => Has("norpword", word);

    private bool Has(string list, ReadOnlySpan<char> word) => _lists.TryGetValue(list, out var set) && set.Contains(word);

    private static EntityWordLists LoadEmbedded()
    {
        const string name = "Wirewatch.Entities.words.tsv";
        using var stream = typeof(EntityWordLists).Assembly.GetManifestResourceStream(name)
            ?? throw new ModelLoadException(name, "the embedded word lists are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return Parse(lines, name);
    }
}

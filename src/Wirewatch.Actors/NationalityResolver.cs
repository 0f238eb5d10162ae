namespace Wirewatch.Actors;

/// <summary>
/// Reads a demonym or country name followed by a generic actor noun as a country and a sector: "Egyptian jets"
/// (EGY, MIL), "four Saudi men" (SAU, CVL), "a senior Egyptian security source" (EGY, GOV via "security source").
/// Up to <see cref="MaxGap"/> lower-case modifiers may stand between them. Immutable and thread-safe.
/// </summary>
public sealed class NationalityResolver
{
    /// <summary>Lower-case words allowed between the demonym and the agent noun ("Egyptian fighter jets").</summary>
    public const int MaxGap = 2;

    private readonly ActorDictionary _dictionary;

    public NationalityResolver(ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
    }

    /// <summary>The country of a demonym or country name ("Egyptian", "Saudi", "Egypt"), or empty.</summary>
    public string CountryOf(ReadOnlySpan<char> demonym)
    {
        var country = Lookup(demonym);

        // Plurals ("Egyptians", "Saudis") are not listed as names of their own.
        return country.Length == 0 && demonym.Length > 3 && demonym[^1] is 's' or 'S' ? Lookup(demonym[..^1]) : country;
    }

    private string Lookup(ReadOnlySpan<char> name)
    {
        foreach (int e in _dictionary.Lookup(name))
        {
            var entry = _dictionary.Entries[e];
            if (entry.Kind == ActorKind.Country && entry.Country.Length == 3)
            {
                return entry.Country;
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// Reads the nationality phrase whose demonym covers tokens <c>[first, end)</c>; false when the demonym names
    /// no country. The sector comes from the first agent noun after it, if any.
    /// </summary>
    public bool TryResolve(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int end, out NationalityReading reading)
    {
        reading = default;
        if (first < 0 || end > starts.Length || first >= end)
        {
            return false;
        }

        string country = CountryOf(text[starts[first]..ends[end - 1]]);
        if (country.Length == 0)
        {
            return false;
        }

        reading = new NationalityReading(country, string.Empty, end, end, null);
        var agents = _dictionary.Agents;
        int limit = Math.Min(starts.Length, end + MaxGap + 1);
        var found = new List<ActorMatch>(2);
        for (int t = end; t < limit; t++)
        {
            var word = text[starts[t]..ends[t]];
            if (!NameKey.HasKeyChars(word))
            {
                return true;
            }

            // Agent phrases are matched from this token on, longest first ("security source", "fighter jets").
            found.Clear();
            int stop = Math.Min(starts.Length, t + 4);
            agents.Match(text, starts[t..stop], ends[t..stop], found);
            if (found.Count > 0 && found[0].First == 0)
            {
                var agent = agents.EntryOf(found[0]);
                reading = new NationalityReading(country, agent.Sector, t, t + found[0].End, agent);
                return true;
            }

            if (!IsModifier(word))
            {
                return true;
            }
        }

        return true;
    }

    // A word that may stand between a demonym and its noun: lower-case letters (adjectives, noun modifiers).
    private static bool IsModifier(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}

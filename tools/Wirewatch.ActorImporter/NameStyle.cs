using System.Text;

namespace Wirewatch.ActorImporter;

/// <summary>
/// Turns TABARI's capitals into readable names: "ISLAMIC STATE OF IRAQ AND THE LEVANT" → "Islamic State of Iraq and
/// the Levant", "AL-QAEDA IN IRAQ" → "Al-Qaeda in Iraq", "U.N." and short single-word names ("UNHCR") stay in capitals.
/// </summary>
internal static class NameStyle
{
    private static readonly HashSet<string> Lower = new(StringComparer.Ordinal)
    {
        "OF", "AND", "THE", "FOR", "IN", "ON", "AT", "TO", "BY", "DE", "DU", "DES", "LA", "LE", "DA", "DO", "DOS", "DEL", "Y", "VON", "VAN", "AL", "EL", "BIN", "WA",
    };

    /// <param name="name">The name in TABARI's capitals, words separated by spaces.</param>
    /// <param name="organisation">Organisation names keep short words in capitals ("UN", "EU") and a single word of up
    /// to five letters ("UNHCR", "NATO"); person and place names keep only words without vowels and words with periods.</param>
    public static string Readable(string name, bool organisation)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && (IsAcronymWord(words[0], single: organisation) || (words[0].Length <= 3 && !organisation && Letters(words[0]) <= 3 && words[0].All(char.IsUpper))))
        {
            return words[0];
        }

        var result = new StringBuilder();
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                result.Append(' ');
            }

            result.Append(organisation && words[w].Length <= 2 && !Lower.Contains(words[w]) && words[w].All(char.IsLetter) ? words[w] : Word(words[w], w == 0));
        }

        return result.ToString();
    }

    private static int Letters(string word) => word.Count(char.IsLetter);

    private static string Word(string word, bool first)
    {
        if (IsAcronymWord(word, single: false))
        {
            return word;
        }

        var sb = new StringBuilder(word.Length);
        var parts = word.Split('-');
        for (int p = 0; p < parts.Length; p++)
        {
            if (p > 0)
            {
                sb.Append('-');
            }

            var part = parts[p];
            if (!first || p > 0)
            {
                if (Lower.Contains(part) && (p < parts.Length - 1 || parts.Length == 1))
                {
                    sb.Append(part.ToLowerInvariant());
                    continue;
                }
            }

            sb.Append(Capitalise(part));
        }

        return sb.ToString();
    }

    private static string Capitalise(string part)
    {
        var sb = new StringBuilder(part.Length);
        bool start = true;
        foreach (char c in part)
        {
            if (char.IsLetter(c))
            {
                sb.Append(start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                start = false;
            }
            else
            {
                sb.Append(c);

                // "O'NEILL" → "O'Neill", but "PEOPLE'S" → "People's".
                start = c is '(' or '.' || (c == '\'' && sb.Length == 2);
            }
        }

        return sb.ToString();
    }

    // "U.N.", "(AAIA)", words without vowels ("PKK", "SDF"), and short single-word names stay as written.
    private static bool IsAcronymWord(string word, bool single)
    {
        int letters = 0, vowels = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                vowels += "AEIOUY".Contains(c, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        if (letters == 0)
        {
            return true;
        }

        if (word.Contains('.', StringComparison.Ordinal) || (word.StartsWith('(') && word.EndsWith(')')))
        {
            return true;
        }

        return vowels == 0 || (single && letters <= 5);
    }
}

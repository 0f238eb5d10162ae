using System.Text;

namespace Wirewatch.Events.Templates;

/// <summary>
/// Groups the mentions of one role into entities: mentions with the same normalised string (lower case, no
/// punctuation, no articles) are one entity; optionally, so are two whose normalised words contain one another.
/// </summary>
public static class RoleEntityGrouper
{
    /// <summary>Groups <paramref name="mentions"/> (in document order); entities keep their distinct mentions in first-seen order.</summary>
    public static List<List<string>> Group(IReadOnlyList<string> mentions, bool mergeContained)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var entities = new List<(List<string> Keys, List<string> Surfaces)>();
        foreach (var mention in mentions)
        {
            var key = Key(mention);
            if (key.Length == 0)
            {
                continue;
            }

            int found = -1;
            for (int e = 0; e < entities.Count && found < 0; e++)
            {
                foreach (var k in entities[e].Keys)
                {
                    if (k == key || (mergeContained && (ContainsWords(k, key) || ContainsWords(key, k))))
                    {
                        found = e;
                        break;
                    }
                }
            }

            if (found < 0)
            {
                entities.Add(([key], [mention]));
                continue;
            }

            var (keys, surfaces) = entities[found];
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }

            if (!surfaces.Contains(mention))
            {
                surfaces.Add(mention);
            }
        }

        var result = new List<List<string>>(entities.Count);
        foreach (var (_, surfaces) in entities)
        {
            result.Add(surfaces);
        }

        return result;
    }

    /// <summary>Lower case, punctuation dropped, "a", "an", "the" dropped, single spaces.</summary>
    public static string Key(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var sb = new StringBuilder(mention.Length);
        int i = 0;
        while (i < mention.Length)
        {
            if (!char.IsLetterOrDigit(mention[i]))
            {
                i++;
                continue;
            }

            int start = i;
            var word = new StringBuilder();
            while (i < mention.Length && (char.IsLetterOrDigit(mention[i]) || char.IsPunctuation(mention[i])))
            {
                if (char.IsLetterOrDigit(mention[i]))
                {
                    word.Append(char.ToLowerInvariant(mention[i]));
                }

                i++;
            }

            var w = word.ToString();
            if (w is "a" or "an" or "the" || i == start)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(w);
        }

        return sb.ToString();
    }

    private static bool ContainsWords(string outer, string inner) =>
        (" " + outer + " ").Contains(" " + inner + " ", StringComparison.Ordinal);
}

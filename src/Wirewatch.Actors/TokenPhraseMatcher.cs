using System.Collections.Frozen;

namespace Wirewatch.Actors;

/// <summary>
/// Longest-first matching of multi-word names over a token sequence, by <see cref="NameKey"/>. Names are split into
/// words on spaces, hyphens, underscores and slashes; every word-boundary prefix of a name is kept so that extending
/// a phrase stops as soon as no name can continue it. Matching allocates only the output list's growth.
/// Immutable and thread-safe.
/// </summary>
public sealed class TokenPhraseMatcher
{
    /// <summary>The most tokens a match may span.</summary>
    public const int MaxTokens = 12;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keys;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly bool[] _needsCaps;

    /// <param name="names">Each name and whether it is an acronym that must appear in capitals in the text.</param>
    /// <param name="keyOf">Receives, for each input name, the key id it was given (names with equal keys share one).</param>
    public TokenPhraseMatcher(IReadOnlyList<(string Name, bool NeedsCaps)> names, out int[] keyOf)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var needsCaps = new List<bool>();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        keyOf = new int[names.Count];
        var keyTexts = new List<string>();
        for (int i = 0; i < names.Count; i++)
        {
            var (name, caps) = names[i];
            var key = NameKey.Of(name);
            if (key.Length == 0 || key.Length > NameKey.MaxLength)
            {
                keyOf[i] = -1;
                continue;
            }

            if (!keys.TryGetValue(key, out int id))
            {
                id = keys.Count;
                keys[key] = id;
                needsCaps.Add(caps);
                keyTexts.Add(key);
            }
            else
            {
                // A key needs capitals only if every name that makes it does.
                needsCaps[id] &= caps;
            }

            keyOf[i] = id;
            var words = name.Split([' ', '-', '_', '/', '\u2010', '\u2011', '\u2013'], StringSplitOptions.RemoveEmptyEntries);
            string prefix = string.Empty;
            for (int w = 0; w < words.Length - 1; w++)
            {
                prefix += NameKey.Of(words[w]);
                if (prefix.Length > 0)
                {
                    prefixes.Add(prefix);
                }
            }
        }

        KeyCount = keys.Count;
        Keys = keyTexts;
        _keys = keys.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _needsCaps = [.. needsCaps];
    }

    /// <summary>Distinct keys.</summary>
    public int KeyCount { get; }

    /// <summary>The key text of each key id.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The key id of <paramref name="text"/> (one or more words), or -1.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        int length = 0;
        if (!NameKey.Append(text, buffer, ref length) || length == 0)
        {
            return -1;
        }

        return _keys.TryGetValue(buffer[..length], out int id) ? id : -1;
    }

    /// <summary>
    /// Appends to <paramref name="output"/> the leftmost-longest, non-overlapping matches over the tokens
    /// <c>[starts[i], ends[i])</c> of <paramref name="text"/>. A match needs a capitalised word (or a digit) in it,
    /// must begin and end on a word, and an acronym key needs every letter of the span in capitals.
    /// <c>allowLowercase</c> accepts spans without a capitalised word (for common nouns such as agents).
    /// </summary>
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<ActorMatch> output, bool allowLowercase = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        int n = starts.Length;
        int i = 0;
        while (i < n)
        {
            var first = text[starts[i]..ends[i]];
            if (!NameKey.HasKeyChars(first))
            {
                i++;
                continue;
            }

            int length = 0;
            int bestEnd = -1, bestKey = -1;
            bool capital = false;
            int limit = Math.Min(n, i + MaxTokens);
            for (int j = i; j < limit; j++)
            {
                var word = text[starts[j]..ends[j]];
                if (!NameKey.Append(word, buffer, ref length))
                {
                    break;
                }

                if (!NameKey.HasKeyChars(word))
                {
                    continue;
                }

                capital |= NameKey.StartsCapitalised(word);
                var key = buffer[..length];
                if (_keys.TryGetValue(key, out int id) && (capital || allowLowercase) && (!_needsCaps[id] || SpanIsCaps(text, starts, ends, i, j)))
                {
                    bestEnd = j + 1;
                    bestKey = id;
                }

                if (!_prefixes.Contains(key))
                {
                    break;
                }
            }

            if (bestKey >= 0)
            {
                output.Add(new ActorMatch(i, bestEnd, bestKey));
                i = bestEnd;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool SpanIsCaps(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            var word = text[starts[t]..ends[t]];
            foreach (char c in word)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}

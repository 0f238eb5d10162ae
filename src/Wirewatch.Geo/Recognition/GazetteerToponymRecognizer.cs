using System.Text.RegularExpressions;
using Wirewatch.Core.Documents;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Geo.Text;

namespace Wirewatch.Geo.Recognition;

/// <summary>
/// Finds toponyms by matching capitalised word sequences against the gazetteer, longest first, then
/// keeps a match only on evidence that it is a place here: a country, continent, region or demonym
/// name; a multi-word name; a locative preposition before it ("in Sirte"); a big city or capital; or a
/// place in a country the article already names. A match followed by an organisation word ("Africa
/// Command") is dropped, and so is a weak match inside a run of unknown capitalised words ("Geoff
/// Porter"), along with later lone uses of the same word.
/// </summary>
public sealed partial class GazetteerToponymRecognizer : IToponymRecognizer
{
    /// <summary>Longest name, in words, that the matcher tries.</summary>
    public const int MaxWords = 7;

    /// <summary>A place this large is known well enough to be named without context.</summary>
    public const long WellKnownPopulation = 1_000_000;

    private readonly IGazetteer _gazetteer;
    private readonly RecognitionLexicon _lexicon;

    public GazetteerToponymRecognizer(IGazetteer gazetteer, RecognitionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicon);
        _gazetteer = gazetteer;
        _lexicon = lexicon;
    }

    public IReadOnlyList<LayerKind> Requires { get; } = [LayerKind.Tokens];

    public IReadOnlyList<ToponymMention> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var words = NameWordSplitter.Split(document);
        var matches = FindMatches(text, words, DatelineEnd(text), cancellationToken);
        if (matches.Count == 0)
        {
            return [];
        }

        // Which words are part of some match, to tell unknown capitalised words in a run.
        var covered = new bool[words.Count];
        foreach (var m in matches)
        {
            for (int w = m.First; w <= m.Last; w++)
            {
                covered[w] = true;
            }
        }

        Span<char> key = stackalloc char[PlaceNameNormalizer.MaxKeyLength];
        var nonPlaceKeys = new HashSet<string>(StringComparer.Ordinal);
        var contextCountries = new HashSet<int>();
        foreach (ref var m in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches))
        {
            m.UnknownInRun = HasUnknownWordInRun(text, words, covered, m.First, m.Last, key, out m.UnknownRightAfter, out m.NameWordInRun);
            m.OrganisationFollows = m.Last + 1 < words.Count && !words[m.Last + 1].BreakBefore && words[m.Last + 1].Capitalised
                && _lexicon.IsOrganisationHead(Key(text, words[m.Last + 1], key));
            m.Strength = StrengthOf(m);
            m.AfterLocative = IsAfterLocative(text, words, m.First, key);
        }

        // "Hassan Hassan", "Andrew Brunson": two weak one-word names side by side are a person's name.
        for (int n = 0; n < matches.Count; n++)
        {
            var m = matches[n];
            bool pairedBefore = n > 0 && IsWeakNeighbour(matches[n - 1], m, words);
            bool pairedAfter = n + 1 < matches.Count && IsWeakNeighbour(m, matches[n + 1], words);
            if (m.Strength == MatchStrength.Weak && (pairedBefore || pairedAfter))
            {
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches)[n].UnknownInRun = true;
            }
        }

        foreach (ref var m in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches))
        {
            if (m.Strength == MatchStrength.Weak && (m.UnknownInRun || m.NameWordInRun))
            {
                nonPlaceKeys.Add(m.Key);
            }

            if (m.Strength == MatchStrength.Strong && !m.OrganisationFollows || m.IsDateline)
            {
                AddContext(m, contextCountries);
            }
        }

        // "Tripoli, Libya": a name followed by a comma and a strong place is itself a place.
        for (int n = 0; n + 1 < matches.Count; n++)
        {
            var next = matches[n + 1];
            if (next.Strength == MatchStrength.Strong && IsCommaGap(text, words[matches[n].Last].End, words[next.First].Start))
            {
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches)[n].FollowedByCommaPlace = true;
            }
        }

        var result = new List<ToponymMention>(matches.Count);
        foreach (var m in matches)
        {
            if (Accept(m, nonPlaceKeys, contextCountries))
            {
                result.Add(ToMention(text, words, m, key));
            }
        }

        return result;
    }

    private enum MatchStrength
    {
        Stop,
        Weak,
        Strong,
    }

    private List<Match> FindMatches(string text, List<NameWord> words, int datelineEnd, CancellationToken cancellationToken)
    {
        var matches = new List<Match>();
        Span<char> key = stackalloc char[PlaceNameNormalizer.MaxKeyLength];
        Span<char> word = stackalloc char[PlaceNameNormalizer.MaxKeyLength];
        int i = 0;
        while (i < words.Count)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!words[i].Capitalised)
            {
                i++;
                continue;
            }

            int length = 0, bestLast = -1, bestLength = 0;
            for (int j = i; j < words.Count && j < i + MaxWords; j++)
            {
                var w = words[j];
                if (j > i && w.BreakBefore)
                {
                    break;
                }

                int wl = PlaceNameNormalizer.Normalize(text.AsSpan(w.Start, w.Length), word);
                if (wl == 0 || (j > i && !w.Capitalised && !_lexicon.IsConnector(word[..wl])))
                {
                    break;
                }

                if (length > 0)
                {
                    if (length + 1 + wl > key.Length)
                    {
                        break;
                    }

                    key[length++] = ' ';
                }
                else if (wl > key.Length)
                {
                    break;
                }

                word[..wl].CopyTo(key[length..]);
                length += wl;
                if (!_gazetteer.HasKeyWithPrefix(key[..length]))
                {
                    break;
                }

                if (w.Capitalised && HasUsableCandidate(text, words[i].Start, w.End, key[..length]))
                {
                    bestLast = j;
                    bestLength = length;
                }
            }

            if (bestLast < 0)
            {
                i++;
                continue;
            }

            var k = new string(key[..bestLength]);
            matches.Add(new Match
            {
                First = i,
                Last = bestLast,
                Key = k,
                Candidates = UsableCandidates(text, words[i].Start, words[bestLast].End, k),
                IsDateline = words[bestLast].End <= datelineEnd && words[i].AllCaps,
            });
            i = bestLast + 1;
        }

        return matches;
    }

    private bool HasUsableCandidate(string text, int start, int end, ReadOnlySpan<char> key)
    {
        bool capitals = LooksLikeAbbreviation(text, start, end);
        bool acronym = IsAcronym(text, start, end);
        foreach (var c in _gazetteer.Find(key))
        {
            if (IsUsable(c.Kind, capitals, acronym))
            {
                return true;
            }
        }

        return false;
    }

    private NameCandidate[] UsableCandidates(string text, int start, int end, string key) =>
        Usable(_gazetteer.Find(key), LooksLikeAbbreviation(text, start, end), IsAcronym(text, start, end));

    /// <summary>Candidates a span may use: abbreviations only where the text has capitals or periods; an acronym ("IS", "US") only abbreviations.</summary>
    internal static NameCandidate[] Usable(ReadOnlySpan<NameCandidate> all, bool capitals, bool acronym)
    {
        var list = new List<NameCandidate>(all.Length);
        foreach (var c in all)
        {
            if (IsUsable(c.Kind, capitals, acronym))
            {
                list.Add(c);
            }
        }

        return [.. list];
    }

    private static bool IsUsable(NameKind kind, bool capitals, bool acronym) =>
        acronym ? kind == NameKind.Abbreviation : kind != NameKind.Abbreviation || capitals;

    /// <summary>Two or three capitals ("IS", "UN", "USA"): an acronym, which names a place only as a listed abbreviation.</summary>
    internal static bool IsAcronym(string text, int start, int end)
    {
        int letters = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 3;
    }

    /// <summary>
    /// "US", "U.S.", "UAE", "Calif.": all capitals, or written with a period. Lower-case "us" or a bare
    /// "Miss" never matches an abbreviation.
    /// </summary>
    internal static bool LooksLikeAbbreviation(string text, int start, int end)
    {
        if (end < text.Length && text[end] == '.')
        {
            return true;
        }

        bool allCaps = true;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                return true;
            }

            allCaps &= !char.IsLetter(c) || char.IsUpper(c);
        }

        return allCaps;
    }

    private MatchStrength StrengthOf(in Match m)
    {
        bool single = m.First == m.Last;
        if (single && !m.IsDateline && _lexicon.IsStopWord(m.Key))
        {
            return MatchStrength.Stop;
        }

        foreach (var c in m.Candidates)
        {
            var kind = _gazetteer[c.Entry].Kind;
            if (c.Kind == NameKind.Demonym || kind is PlaceKind.Country or PlaceKind.Continent or PlaceKind.Region or PlaceKind.Water or PlaceKind.Facility
                || (kind == PlaceKind.Admin1 && c.Kind == NameKind.Primary))
            {
                return MatchStrength.Strong;
            }
        }

        return MatchStrength.Weak;
    }

    private bool Accept(in Match m, HashSet<string> nonPlaceKeys, HashSet<int> contextCountries)
    {
        if (m.IsDateline)
        {
            return true;
        }

        if (m.Strength == MatchStrength.Stop || m.OrganisationFollows)
        {
            return false;
        }

        if (m.Strength == MatchStrength.Strong)
        {
            // "Jordan Henderson", "Syrian Observatory": a name at the head of unknown capitalised words is someone's or something's name.
            return !m.UnknownRightAfter;
        }

        if (m.UnknownInRun || m.NameWordInRun || (m.First == m.Last && nonPlaceKeys.Contains(m.Key)))
        {
            return false;
        }

        // Only a candidate named by its own name (not a stray alternate spelling) counts, or one in a country the article names.
        bool own = false;
        foreach (var c in m.Candidates)
        {
            var e = _gazetteer[c.Entry];
            bool inContext = e.CountryIndex >= 0 && contextCountries.Contains(e.CountryIndex);
            if (c.Kind == NameKind.Alternate && !inContext)
            {
                continue;
            }

            own = true;
            if (e.FeatureCode == "PPLC" || e.Population >= WellKnownPopulation || inContext)
            {
                return true;
            }
        }

        return own && (m.AfterLocative || m.Last > m.First || m.FollowedByCommaPlace);
    }

    private void AddContext(in Match m, HashSet<int> countries)
    {
        foreach (var c in m.Candidates)
        {
            var e = _gazetteer[c.Entry];
            if (e.CountryIndex >= 0 && (e.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Facility || m.IsDateline || (e.Kind == PlaceKind.Admin1 && c.Kind == NameKind.Primary)))
            {
                countries.Add(e.CountryIndex);
            }
        }
    }

    private static bool IsWeakNeighbour(in Match a, in Match b, List<NameWord> words) =>
        a.Strength == MatchStrength.Weak && b.Strength == MatchStrength.Weak && a.First == a.Last && b.First == b.Last
        && b.First == a.Last + 1 && !words[b.First].BreakBefore;

    /// <summary>
    /// Whether the capitalised run around a match holds words the gazetteer does not know. A stop word
    /// in the run ("Egyptian Christians") does not make a strong name suspect, but a capitalised stop
    /// word that is not at the start of a clause ("Donald Trump", "Sheikh Hassan") marks a weak one as a name.
    /// </summary>
    private bool HasUnknownWordInRun(string text, List<NameWord> words, bool[] covered, int first, int last, Span<char> key, out bool unknownRightAfter, out bool nameWord)
    {
        unknownRightAfter = false;
        nameWord = false;
        bool unknown = false;
        for (int w = first - 1; w >= 0 && !words[w + 1].BreakBefore; w--)
        {
            if (!IsRunWord(text, words[w], key, out bool isUnknown, out bool isStop))
            {
                break;
            }

            unknown |= isUnknown && !covered[w];
            nameWord |= isStop && !covered[w] && !words[w].SentenceInitial;
        }

        for (int w = last + 1; w < words.Count && !words[w].BreakBefore; w++)
        {
            if (!IsRunWord(text, words[w], key, out bool isUnknown, out bool isStop))
            {
                break;
            }

            nameWord |= isStop && !covered[w];
            if (isUnknown && !covered[w])
            {
                unknown = true;
                if (w == last + 1)
                {
                    unknownRightAfter = true;
                }
            }
        }

        return unknown;
    }

    // Capitalised words and connectors continue a run; a stop word in it is not "unknown".
    private bool IsRunWord(string text, in NameWord word, Span<char> key, out bool unknown, out bool stop)
    {
        var k = Key(text, word, key);
        if (!word.Capitalised)
        {
            unknown = stop = false;
            return _lexicon.IsConnector(k);
        }

        stop = _lexicon.IsStopWord(k);
        unknown = !stop && !word.AllCaps;
        return true;
    }

    private static ReadOnlySpan<char> Key(string text, in NameWord word, Span<char> buffer)
    {
        int n = PlaceNameNormalizer.Normalize(text.AsSpan(word.Start, word.Length), buffer);
        return buffer[..n];
    }

    private ToponymMention ToMention(string text, List<NameWord> words, in Match m, Span<char> key)
    {
        int start = words[m.First].Start;
        (double, double)? direction = null;
        int before = m.First - 1;
        if (before >= 0 && !words[m.First].BreakBefore && _lexicon.TryGetDirection(Key(text, words[before], key), out var fractions) && HasExtentCandidate(m))
        {
            direction = fractions;
            start = words[before].Start;
            before--;
        }

        return new ToponymMention(start, words[m.Last].End, m.Key, m.Candidates)
        {
            IsDateline = m.IsDateline,
            Direction = direction,
            AfterLocative = m.AfterLocative,
        };
    }

    /// <summary>"in Derna", "in the Sinai", "in eastern Libya": a locative right before the name, past "the" or a direction word.</summary>
    private bool IsAfterLocative(string text, List<NameWord> words, int first, Span<char> key)
    {
        int w = first - 1;
        for (int skipped = 0; w >= 0 && skipped < 2 && !words[w + 1].BreakBefore; skipped++)
        {
            var k = Key(text, words[w], key);
            if (words[w].Capitalised && !words[w].SentenceInitial)
            {
                return false;
            }

            if (_lexicon.IsLocative(k))
            {
                return true;
            }

            if (k is not "the" && !_lexicon.TryGetDirection(k, out _))
            {
                return false;
            }

            w--;
        }

        return false;
    }

    private static bool IsCommaGap(string text, int from, int to)
    {
        bool comma = false;
        for (int k = from; k < to; k++)
        {
            if (text[k] == ',' && !comma)
            {
                comma = true;
            }
            else if (text[k] != ' ')
            {
                return false;
            }
        }

        return comma;
    }

    private bool HasExtentCandidate(in Match m)
    {
        foreach (var c in m.Candidates)
        {
            if (_gazetteer.TryGetExtent(c.Entry, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>End offset of a dateline ("TRIPOLI (Reuters) -", "BENGHAZI, Libya —") at the start of the text, or -1.</summary>
    internal static int DatelineEnd(string text)
    {
        var match = DatelinePattern().Match(text.Length > 200 ? text[..200] : text);
        return match.Success ? match.Groups[1].Index + match.Groups[1].Length : -1;
    }

    [GeneratedRegex(@"^\s*([A-Z][A-Z'’.\- ]*[A-Z.])(?:\s*,\s*[A-Z][\p{L}.' ]*)?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    private struct Match
    {
        public int First;
        public int Last;
        public string Key;
        public NameCandidate[] Candidates;
        public bool IsDateline;
        public bool UnknownInRun;
        public bool UnknownRightAfter;
        public bool NameWordInRun;
        public bool OrganisationFollows;
        public bool AfterLocative;
        public bool FollowedByCommaPlace;
        public MatchStrength Strength;
    }
}

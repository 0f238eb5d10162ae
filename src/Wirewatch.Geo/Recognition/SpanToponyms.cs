using Wirewatch.Geo.Gazetteer;
using Wirewatch.Geo.Text;

namespace Wirewatch.Geo.Recognition;

/// <summary>
/// Turns given spans (gold toponyms in an evaluation, or spans from an entity recognizer) into mentions
/// with their candidates. When the exact name is unknown it tries the name without a leading "the",
/// without an Arabic article ("al-", "el-", "ad-", ...) and, last, its longest part that is a name.
/// A span that cuts a word (corpora whose offsets drift by a few characters) is first moved by up to
/// <see cref="MaxShift"/> characters to the nearest placement on word boundaries whose text is a
/// capitalised name in the gazetteer; the mention keeps the span it was given.
/// </summary>
public static class SpanToponyms
{
    /// <summary>How far a misaligned span may be moved to find whole words.</summary>
    public const int MaxShift = 12;

    private static readonly string[] Articles = ["the ", "al ", "el ", "ad ", "ar ", "as ", "ash ", "an ", "az ", "at "];

    public static ToponymMention Create(IGazetteer gazetteer, string text, int start, int end, RecognitionLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(text);
        if (!IsWordAligned(text, start, end))
        {
            for (int d = 1; d <= MaxShift; d++)
            {
                foreach (int shift in (ReadOnlySpan<int>)[-d, d])
                {
                    int s = start + shift, e = end + shift;
                    if (s >= 0 && e <= text.Length && IsWordAligned(text, s, e) && char.IsUpper(text[s]))
                    {
                        var moved = Lookup(gazetteer, text, s, e, lexicon);
                        if (moved.Candidates.Count > 0)
                        {
                            return new ToponymMention(start, end, moved.Key, [.. moved.Candidates]) { Direction = moved.Direction };
                        }
                    }
                }
            }
        }

        return Lookup(gazetteer, text, start, end, lexicon);
    }

    private static bool IsWordAligned(string text, int start, int end) =>
        end > start && char.IsLetterOrDigit(text[start]) && (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        && (end == text.Length || !char.IsLetterOrDigit(text[end])) && (char.IsLetterOrDigit(text[end - 1]) || text[end - 1] == '.');

    private static ToponymMention Lookup(IGazetteer gazetteer, string text, int start, int end, RecognitionLexicon? lexicon)
    {
        var span = text.AsSpan(start, end - start);
        bool capitals = GazetteerToponymRecognizer.LooksLikeAbbreviation(text, start, end);
        bool acronym = GazetteerToponymRecognizer.IsAcronym(text, start, end);
        var key = PlaceNameNormalizer.Normalize(span.ToString());
        var found = GazetteerToponymRecognizer.Usable(gazetteer.Find(key), capitals, acronym);
        if (found.Length == 0)
        {
            foreach (var article in Articles)
            {
                if (key.StartsWith(article, StringComparison.Ordinal) && key.Length > article.Length)
                {
                    var shorter = key[article.Length..];
                    found = GazetteerToponymRecognizer.Usable(gazetteer.Find(shorter), capitals, acronym);
                    if (found.Length > 0)
                    {
                        key = shorter;
                        break;
                    }
                }
            }
        }

        // "Southern California", "South East Asian", "North London": a direction word, then a name.
        if (found.Length == 0 && lexicon is not null)
        {
            var words = key.Split(' ');
            for (int n = Math.Min(2, words.Length - 1); n >= 1; n--)
            {
                if (lexicon.TryGetDirection(string.Join(' ', words, 0, n), out var fractions))
                {
                    var rest = string.Join(' ', words, n, words.Length - n);
                    var restFound = GazetteerToponymRecognizer.Usable(gazetteer.Find(rest), capitals, acronym);
                    if (restFound.Length > 0)
                    {
                        return new ToponymMention(start, end, rest, restFound) { Direction = fractions };
                    }
                }
            }
        }

        if (found.Length == 0 && key.Contains(' ', StringComparison.Ordinal))
        {
            var words = key.Split(' ');
            for (int n = words.Length - 1; n >= 1 && found.Length == 0; n--)
            {
                // longest run of words that is a name, preferring the head (left) part: "Metcalfe County Jail" -> "metcalfe county"
                for (int first = 0; first + n <= words.Length; first++)
                {
                    var part = string.Join(' ', words, first, n);
                    found = GazetteerToponymRecognizer.Usable(gazetteer.Find(part), capitals, acronym);
                    if (found.Length > 0)
                    {
                        key = part;
                        break;
                    }
                }
            }
        }

        return new ToponymMention(start, end, key, found);
    }
}

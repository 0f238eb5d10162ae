using System.Globalization;
using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Attributes;

/// <summary>
/// Reads figures in digits or words ("21", "1,200", "twenty-one", "a couple of hundred", "dozens", "some") with their
/// qualifiers ("at least", "up to", "between 10 and 15") and applies ACLED's conservative rules: the lowest stated figure.
/// </summary>
internal static class NumberReader
{
    /// <summary>True when <paramref name="token"/> can be part of a number phrase.</summary>
    public static bool IsNumberPart(SentenceParse view, int token)
    {
        ReadOnlySpan<char> word = view.Word(token);
        if (word.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(word[0]))
        {
            return IsNumeric(word);
        }

        if (IsArticle(word))
        {
            return false;
        }

        return WordLists.Cardinals.Contains(word) || WordLists.Multipliers.Contains(word) || WordLists.Vague.Contains(word)
            || WordLists.Unknown.Contains(word) || IsHyphenatedCardinal(word);
    }

    /// <summary>Reads the whole number phrase that contains <paramref name="token"/>, with qualifiers; false when there is none.</summary>
    public static bool TryRead(SentenceParse view, int token, out NumberPhrase phrase)
    {
        phrase = default;
        if (!IsNumberPart(view, token))
        {
            return false;
        }

        int first = ExtendLeft(view, token);
        if (!TryReadFigure(view, first, out long value, out bool vague, out bool unknown, out int end, out int rangeHigh))
        {
            return false;
        }

        string text = view.Text(first, end);
        if (unknown)
        {
            phrase = new NumberPhrase(null, null, null, first, end, $"'{text}': a count without a figure, unknown");
            return true;
        }

        int figure = (int)Math.Min(value, int.MaxValue);
        if (rangeHigh > 0)
        {
            phrase = Range(first, end, figure, rangeHigh, text);
            return true;
        }

        // "between 10 and 15", "10 to 15", "10-15", "10 or 15": the lowest stated figure.
        int spanFirst = first;
        if (first - 1 >= view.First && view.TextIs(first - 1, "between"))
        {
            spanFirst = first - 1;
        }

        if (end + 1 < view.End && IsRangeJoin(view, end, spanFirst != first)
            && IsNumberPart(view, end + 1)
            && TryReadFigure(view, end + 1, out long high, out bool highVague, out bool highUnknown, out int highEnd, out _)
            && !highVague && !highUnknown && !vague)
        {
            return SetRange(view, spanFirst, highEnd, figure, (int)Math.Min(high, int.MaxValue), out phrase);
        }

        int qualifier = view.PhraseEndingBefore(first, WordLists.AtLeast);
        if (qualifier >= 0)
        {
            string qualified = view.Text(qualifier, end);
            phrase = new NumberPhrase(figure, figure, null, qualifier, end, $"'{qualified}': the stated floor, {figure} (ACLED: lowest estimate)");
            return true;
        }

        qualifier = view.PhraseEndingBefore(first, WordLists.AtMost);
        if (qualifier >= 0)
        {
            string qualified = view.Text(qualifier, end);
            phrase = new NumberPhrase(figure, null, figure, qualifier, end, $"'{qualified}': a ceiling; ACLED codes the only stated figure, {figure}, and max keeps it as the upper bound");
            return true;
        }

        qualifier = view.PhraseEndingBefore(first, WordLists.Approximately);
        if (qualifier >= 0)
        {
            string qualified = view.Text(qualifier, end);
            phrase = new NumberPhrase(figure, null, null, qualifier, end, $"'{qualified}': an approximate figure, {figure}");
            return true;
        }

        phrase = vague
            ? new NumberPhrase(figure, figure, null, first, end, $"'{text}': a vague plural, coded as {figure} (ACLED: dozens = 12, tens = 10, hundreds = 100, scores = 20)")
            : new NumberPhrase(figure, null, null, first, end, $"'{text}' = {figure}");
        return true;
    }

    private static NumberPhrase Range(int first, int end, int low, int high, string text)
    {
        int lowest = Math.Min(low, high);
        int highest = Math.Max(low, high);
        return new NumberPhrase(lowest, lowest, highest, first, end, $"'{text}': a range; ACLED codes the lowest estimate, {lowest}");
    }

    private static bool SetRange(SentenceParse view, int first, int end, int low, int high, out NumberPhrase phrase)
    {
        phrase = Range(first, end, low, high, view.Text(first, end));
        return true;
    }

    private static bool IsRangeJoin(SentenceParse view, int token, bool afterBetween)
    {
        if (afterBetween)
        {
            return view.TextIs(token, "and");
        }

        return view.TextIs(token, "to") || view.TextIs(token, "-") || view.TextIs(token, "–") || view.TextIs(token, "or");
    }

    private static int ExtendLeft(SentenceParse view, int token)
    {
        int first = token;
        while (first - 1 >= view.First)
        {
            int previous = first - 1;
            ReadOnlySpan<char> word = view.Word(previous);
            bool joiner = word.Equals("-", StringComparison.Ordinal) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
                || word.Equals("and", StringComparison.OrdinalIgnoreCase);
            if (joiner && previous - 1 >= view.First && IsNumberPart(view, previous - 1) && !IsUnknownWord(view.Word(previous - 1))
                && !IsVagueWord(view.Word(previous - 1)))
            {
                // "twenty - one", "couple of hundred", "two hundred and fifty"; not "dozens of", "some of".
                first = previous - 1;
                continue;
            }

            if (IsNumberPart(view, previous) && !IsUnknownWord(word) && !char.IsAsciiDigit(view.Word(first)[0]))
            {
                first = previous;
                continue;
            }

            if (IsArticle(word) && IsArticleFigure(view.Word(first)))
            {
                first = previous;
            }

            break;
        }

        return first;
    }

    /// <summary>Parses the figure that starts at <paramref name="first"/>; <paramref name="end"/> is one past its last token.</summary>
    private static bool TryReadFigure(SentenceParse view, int first, out long value, out bool vague, out bool unknown, out int end, out int rangeHigh)
    {
        value = 0;
        vague = false;
        unknown = false;
        rangeHigh = 0;
        long total = 0, current = 0;
        bool any = false;
        int i = first;
        if (IsArticle(view.Word(i)) && i + 1 < view.End && IsArticleFigure(view.Word(i + 1)))
        {
            // "a dozen", "a hundred": the multiplier's basis defaults to one.
            i++;
        }

        for (; i < view.End; i++)
        {
            ReadOnlySpan<char> word = view.Word(i);
            if (any && (word.Equals("-", StringComparison.Ordinal) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
                || word.Equals("and", StringComparison.OrdinalIgnoreCase))
                && i + 1 < view.End && IsNumberPart(view, i + 1) && !IsUnknownWord(view.Word(i + 1))
                && (word[0] != 'o' && word[0] != 'O' || IsMultiplier(view.Word(i + 1)) || IsVagueWord(view.Word(i + 1)))
                && (word[0] != 'a' && word[0] != 'A' || !char.IsAsciiDigit(view.Word(i + 1)[0])))
            {
                continue;
            }

            if (word.Length > 0 && char.IsAsciiDigit(word[0]))
            {
                if (any && current != 0)
                {
                    break;
                }

                if (!TryParseDigits(word, out long digits, out long high))
                {
                    break;
                }

                current = digits;
                if (high > 0)
                {
                    rangeHigh = (int)Math.Min(high, int.MaxValue);
                }

                any = true;
                continue;
            }

            if (WordLists.Multipliers.TryGetInt(word, out int multiplier) || WordLists.Vague.TryGetInt(word, out multiplier) && current > 0)
            {
                if (WordLists.Vague.Contains(word))
                {
                    vague = true;
                }

                long basis = current == 0 ? 1 : current;
                if (multiplier >= 1000)
                {
                    total += basis * multiplier;
                    current = 0;
                }
                else
                {
                    current = basis * multiplier;
                }

                any = true;
                continue;
            }

            if (WordLists.Vague.TryGetInt(word, out int unit))
            {
                if (any && !unknown)
                {
                    break;
                }

                current = unit;
                vague = true;
                unknown = false;
                any = true;
                continue;
            }

            if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase) || word.Equals("score", StringComparison.OrdinalIgnoreCase))
            {
                int size = word[0] is 'd' or 'D' ? 12 : 20;
                current = unknown ? size : (current == 0 ? 1 : current) * size;
                vague |= unknown;
                unknown = false;
                any = true;
                continue;
            }

            if (WordLists.Cardinals.TryGetInt(word, out int cardinal) && !IsArticle(word))
            {
                if (any)
                {
                    bool tensThenUnits = current >= 20 && current < 100 && current % 10 == 0 && cardinal < 10;
                    bool afterHundred = current > 0 && current % 100 == 0 && cardinal < 100;
                    bool afterThousand = current == 0 && total > 0;
                    if (unknown || !(tensThenUnits || afterHundred || afterThousand))
                    {
                        break;
                    }
                }

                current += cardinal;
                any = true;
                continue;
            }

            if (IsHyphenatedCardinal(word))
            {
                if (any)
                {
                    break;
                }

                current = HyphenatedValue(word);
                any = true;
                continue;
            }

            if (WordLists.Unknown.Contains(word) && !any)
            {
                unknown = true;
                any = true;
                continue;
            }

            break;
        }

        end = i;
        value = total + current;
        if (!any || end <= first)
        {
            return false;
        }

        return true;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> word, out long value, out long high)
    {
        value = 0;
        high = 0;
        int dash = word.IndexOfAny('-', '–');
        if (dash > 0)
        {
            // "10-15" as one token; "21-year-old" is not a number (IsNumeric rejects it).
            return TryParseDigits(word[..dash], out value, out _) && TryParseDigits(word[(dash + 1)..], out high, out _);
        }

        Span<char> buffer = stackalloc char[32];
        int length = 0;
        foreach (char c in word)
        {
            if (c == ',')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = c;
        }

        if (!double.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double parsed))
        {
            return false;
        }

        value = (long)parsed;
        return true;
    }

    private static bool IsNumeric(ReadOnlySpan<char> word)
    {
        int dashes = 0;
        foreach (char c in word)
        {
            if (c is '-' or '–')
            {
                dashes++;
                continue;
            }

            if (!char.IsAsciiDigit(c) && c != ',' && c != '.')
            {
                return false;
            }
        }

        return dashes <= 1 && word[^1] is not ('-' or '–');
    }

    private static bool IsHyphenatedCardinal(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOf('-');
        return dash > 0 && dash < word.Length - 1
            && WordLists.Cardinals.TryGetInt(word[..dash], out int tens) && tens >= 20 && tens < 100
            && WordLists.Cardinals.TryGetInt(word[(dash + 1)..], out int units) && units > 0 && units < 10;
    }

    private static long HyphenatedValue(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOf('-');
        WordLists.Cardinals.TryGetInt(word[..dash], out int tens);
        WordLists.Cardinals.TryGetInt(word[(dash + 1)..], out int units);
        return tens + units;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words an article turns into a figure: "a dozen", "a couple", "a hundred", "a few", "a handful", "a number".</summary>
    private static bool IsArticleFigure(ReadOnlySpan<char> word) =>
        word.Equals("dozen", StringComparison.OrdinalIgnoreCase) || word.Equals("couple", StringComparison.OrdinalIgnoreCase)
        || word.Equals("score", StringComparison.OrdinalIgnoreCase) || IsMultiplier(word)
        || word.Equals("few", StringComparison.OrdinalIgnoreCase) || word.Equals("handful", StringComparison.OrdinalIgnoreCase)
        || word.Equals("number", StringComparison.OrdinalIgnoreCase);

    private static bool IsMultiplier(ReadOnlySpan<char> word) => WordLists.Multipliers.Contains(word);

    private static bool IsVagueWord(ReadOnlySpan<char> word) => WordLists.Vague.Contains(word);

    private static bool IsUnknownWord(ReadOnlySpan<char> word) => WordLists.Unknown.Contains(word);
}

using System.Collections.Frozen;
using System.Globalization;

namespace Wirewatch.Entities;

/// <summary>
/// Rules for the non-name labels: DATE ("December", "18 February 2015", "last month", "two weeks ago", "1996-08-30"),
/// TIME ("10:30", "5 p.m.", "this morning"), MONEY ("$5 million", "10 dollars"), QUANTITY ("18,000 square
/// kilometers", "5 percent") and CARDINAL (other numbers, in digits or words). Works over one sentence's tokens and
/// allocates only its output. Immutable and thread-safe.
/// </summary>
public static class NumericEntityFinder
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = Set(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions tens scores");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Scales = Set("hundred thousand million billion trillion mln bln bn m");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Currencies = Set(
        "dollar dollars euro euros pound pounds sterling dinar dinars riyal riyals rial rials rupee rupees yen yuan renminbi franc francs cent cents lira liras pesos peso rand naira shilling shillings rouble roubles ruble rubles dirham dirhams won baht ringgit kwacha birr");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyPrefixes = Set("$ us$ £ € ¥ usd eur gbp a$ c$ hk$ rs rs.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = Set(
        "km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters m ft foot feet inch inches cm mm kg kilo kilos kilogram kilograms gram grams g lb lbs pound tonne tonnes ton tons barrel barrels bpd litre litres liter liters gallon gallons hectare hectares acre acres degree degrees % percent pct sq square cubic mph kph knots megawatts mw gigawatts volts calories");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Set(
        "january february march april may june july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Set("monday tuesday wednesday thursday friday saturday sunday");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Periods = Set(
        "day days week weeks weekend weekends month months year years decade decades century centuries quarter quarters spring summer autumn fall winter hour hours minute minutes season");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = Set("last this next past coming previous recent early late mid earlier later same");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayWords = Set("yesterday today tomorrow");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeOfDay = Set("morning afternoon evening night overnight");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Meridians = Set("a.m. p.m. am pm gmt utc");

    /// <summary>Appends the rule entities of one sentence (sentence-local tokens) to <paramref name="output"/> as (first, end, label).</summary>
    public static void Find(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<(int First, int End, EntityLabel Label)> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int n = starts.Length;
        int i = 0;
        while (i < n)
        {
            int end = Match(text, starts, ends, i, out var label);
            if (end > i)
            {
                output.Add((i, end, label));
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    private static int Match(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i, out EntityLabel label)
    {
        int n = starts.Length;
        var w = W(text, starts, ends, i);
        label = EntityLabel.DATE;

        if (IsIsoDate(w) || IsSlashDate(w) || IsDecade(w))
        {
            return i + 1;
        }

        if (DayWords.Contains(w))
        {
            return i + 1;
        }

        if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase) || w.Equals("noon", StringComparison.OrdinalIgnoreCase) || w.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            label = EntityLabel.TIME;
            return i + 1;
        }

        // "this morning", "last night"
        if ((w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase)) && TimeOfDay.Contains(W(text, starts, ends, i + 1)))
        {
            label = EntityLabel.TIME;
            return i + 2;
        }

        // Weekdays and months, with a day and a year around them.
        if (Weekdays.Contains(w) && char.IsUpper(w[0]))
        {
            int e = i + 1;
            if (W(text, starts, ends, e) is [','] && Months.Contains(W(text, starts, ends, e + 1)))
            {
                return DateAfterMonth(text, starts, ends, e + 1);
            }

            return e;
        }

        if (Months.Contains(w) && char.IsUpper(w[0]) && (!w.Equals("May", StringComparison.Ordinal) || IsDay(W(text, starts, ends, i + 1)) || IsYear(W(text, starts, ends, i + 1)) || IsDay(i > 0 ? text[starts[i - 1]..ends[i - 1]] : [])))
        {
            return DateAfterMonth(text, starts, ends, i);
        }

        // "late last year", "earlier this month", "last week"
        if (Relatives.Contains(w))
        {
            int e = i + 1;
            if ((w.Equals("late", StringComparison.OrdinalIgnoreCase) || w.Equals("early", StringComparison.OrdinalIgnoreCase) || w.Equals("earlier", StringComparison.OrdinalIgnoreCase) || w.Equals("later", StringComparison.OrdinalIgnoreCase) || w.Equals("mid", StringComparison.OrdinalIgnoreCase))
                && Relatives.Contains(W(text, starts, ends, e)))
            {
                e++;
            }

            if (Periods.Contains(W(text, starts, ends, e)) || Weekdays.Contains(W(text, starts, ends, e)) || Months.Contains(W(text, starts, ends, e)))
            {
                if (w.Equals("same", StringComparison.OrdinalIgnoreCase) || w.Equals("recent", StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }

                return e + 1;
            }

            if (w.Equals("past", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("next", StringComparison.OrdinalIgnoreCase))
            {
                int numberEnd = NumberEnd(text, starts, ends, e);
                if (numberEnd > e && Periods.Contains(W(text, starts, ends, numberEnd)))
                {
                    return numberEnd + 1;
                }
            }

            return i;
        }

        // A time: "10:30", "5 p.m.", "0800 GMT".
        if (IsClock(w))
        {
            label = EntityLabel.TIME;
            return Meridians.Contains(W(text, starts, ends, i + 1)) ? i + 2 : i + 1;
        }

        // Money with a leading currency sign: "$ 5 million", "$5", "US$ 20".
        bool signed = CurrencyPrefixes.Contains(w) || (w.Length > 1 && w[0] is '$' or '£' or '€' or '¥' && char.IsDigit(w[1]));
        if (signed)
        {
            int e = CurrencyPrefixes.Contains(w) ? NumberEnd(text, starts, ends, i + 1) : NumberEnd(text, starts, ends, i + 1, alreadyNumber: true);
            if (e > i + 1 || !CurrencyPrefixes.Contains(w))
            {
                label = EntityLabel.MONEY;
                return Currencies.Contains(W(text, starts, ends, e)) ? e + 1 : e;
            }

            return i;
        }

        if (IsYear(w) && !Units.Contains(W(text, starts, ends, i + 1)) && !Currencies.Contains(W(text, starts, ends, i + 1)))
        {
            return i + 1;
        }

        int end = NumberEnd(text, starts, ends, i);
        if (end == i)
        {
            return i;
        }

        var next = W(text, starts, ends, end);
        if (Currencies.Contains(next))
        {
            label = EntityLabel.MONEY;
            return end + 1;
        }

        if (Meridians.Contains(next) && end == i + 1)
        {
            label = EntityLabel.TIME;
            return end + 1;
        }

        if (Units.Contains(next) || next is ['%'])
        {
            label = EntityLabel.QUANTITY;
            int e = end + 1;
            if ((next.Equals("square", StringComparison.OrdinalIgnoreCase) || next.Equals("sq", StringComparison.OrdinalIgnoreCase) || next.Equals("cubic", StringComparison.OrdinalIgnoreCase) || next.Equals("per", StringComparison.OrdinalIgnoreCase)) && Units.Contains(W(text, starts, ends, e)))
            {
                e++;
            }

            return e;
        }

        if (Periods.Contains(next))
        {
            label = EntityLabel.DATE;
            var period = next;
            if (period.StartsWith("hour", StringComparison.OrdinalIgnoreCase) || period.StartsWith("minute", StringComparison.OrdinalIgnoreCase))
            {
                label = EntityLabel.TIME;
            }

            return W(text, starts, ends, end + 1).Equals("ago", StringComparison.OrdinalIgnoreCase) ? end + 2 : end + 1;
        }

        label = EntityLabel.CARDINAL;
        return end;
    }

    // Month [day] [,] [year], or day month year starting at the month token.
    private static int DateAfterMonth(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int month)
    {
        int n = starts.Length;
        int e = month + 1;
        if (IsDay(W(text, starts, ends, e)))
        {
            e++;
        }

        if (W(text, starts, ends, e) is [','] && IsYear(W(text, starts, ends, e + 1)))
        {
            e += 2;
        }
        else if (IsYear(W(text, starts, ends, e)))
        {
            e++;
        }

        return e;
    }

    // The end of a run of number tokens starting at i ("21", "1,000", "two hundred", "twenty-one", "20-plus"), or i.
    private static int NumberEnd(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i, bool alreadyNumber = false)
    {
        int n = starts.Length;
        int e = i;
        while (e < n)
        {
            var w = text[starts[e]..ends[e]];
            if (IsNumber(w) || (e > i && Scales.Contains(w)))
            {
                e++;
                continue;
            }

            if (e > i && w.Equals("and", StringComparison.OrdinalIgnoreCase) && e + 1 < n && NumberWords.Contains(text[starts[e + 1]..ends[e + 1]]))
            {
                e++;
                continue;
            }

            break;
        }

        return alreadyNumber && e == i ? i : e;
    }

    private static bool IsNumber(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty)
        {
            return false;
        }

        if (NumberWords.Contains(w))
        {
            return true;
        }

        // "twenty-one", "20-plus", "60-plus"
        int dash = w.IndexOf('-');
        if (dash > 0 && dash < w.Length - 1)
        {
            var left = w[..dash];
            var right = w[(dash + 1)..];
            return (NumberWords.Contains(left) || IsDigits(left)) && (NumberWords.Contains(right) || right.Equals("plus", StringComparison.OrdinalIgnoreCase));
        }

        return IsDigits(w);
    }

    // Digits with thousands separators or one decimal point: "21", "18,000", "3.5".
    private static bool IsDigits(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || !char.IsDigit(w[0]) || !char.IsDigit(w[^1]))
        {
            return false;
        }

        foreach (char c in w)
        {
            if (!char.IsDigit(c) && c != ',' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsYear(ReadOnlySpan<char> w) =>
        w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y >= 1900 && y <= 2099;

    private static bool IsDay(ReadOnlySpan<char> w)
    {
        if (w.Length > 2 && (w.EndsWith("st", StringComparison.OrdinalIgnoreCase) || w.EndsWith("nd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            w = w[..^2];
        }

        return w.Length is 1 or 2 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d >= 1 && d <= 31;
    }

    private static bool IsClock(ReadOnlySpan<char> w)
    {
        int colon = w.IndexOf(':');
        return colon is 1 or 2 && w.Length == colon + 3 && IsDigitsOnly(w[..colon]) && IsDigitsOnly(w[(colon + 1)..]);
    }

    private static bool IsIsoDate(ReadOnlySpan<char> w) =>
        w.Length == 10 && w[4] == '-' && w[7] == '-' && IsDigitsOnly(w[..4]) && IsDigitsOnly(w[5..7]) && IsDigitsOnly(w[8..]);

    private static bool IsSlashDate(ReadOnlySpan<char> w)
    {
        int a = w.IndexOf('/');
        if (a <= 0)
        {
            return false;
        }

        int b = w[(a + 1)..].IndexOf('/');
        if (b <= 0)
        {
            return false;
        }

        b += a + 1;
        return a <= 2 && b - a - 1 <= 2 && (w.Length - b - 1) is 2 or 4 && IsDigitsOnly(w[..a]) && IsDigitsOnly(w[(a + 1)..b]) && IsDigitsOnly(w[(b + 1)..]);
    }

    private static bool IsDecade(ReadOnlySpan<char> w) =>
        (w.Length == 5 && w[4] == 's' && IsDigitsOnly(w[..4]) && w[3] == '0') || (w.Length == 6 && w[5] == 's' && w[4] == '\'' && IsDigitsOnly(w[..4]));

    private static bool IsDigitsOnly(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return !w.IsEmpty;
    }

    private static ReadOnlySpan<char> W(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int k) =>
        k < starts.Length ? text[starts[k]..ends[k]] : [];

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}

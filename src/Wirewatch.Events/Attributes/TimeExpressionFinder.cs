using System.Globalization;
using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Attributes;

/// <summary>
/// Finds time expressions in a sentence ("Feb. 15", "15 February 2015", "in December", "on Sunday night", "last month",
/// "late last year", "about two weeks ago", "earlier this month", "since 2011", ...) and resolves each against the
/// publication date. Month names without a year take the most recent such month not after publication; weekday names the
/// most recent such day on or before publication (wire copy names the publication day itself for same-day events);
/// "last Sunday" is strictly before; a future verb ("will") looks forward instead.
/// </summary>
public static class TimeExpressionFinder
{
    private enum Part
    {
        None,
        Early,
        Mid,
        Late,
    }

    /// <summary>The time expressions of sentence <paramref name="sentence"/>, in text order.</summary>
    public static IReadOnlyList<TimeExpression> Find(Document document, int sentence, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(document);
        var view = new SentenceParse(document, sentence);
        var found = new List<TimeExpression>();
        int i = view.First;
        while (i < view.End)
        {
            if (TryMatch(view, i, published, out int first, out int end, out Resolved resolved))
            {
                int attach = AttachOf(view, first, end);
                var date = new EventDate(resolved.Value, resolved.EndValue, resolved.Precision, resolved.Basis, view.StartOf(first), view.EndOf(end - 1), resolved.Reason);
                found.Add(new TimeExpression(first, end, attach, date));
                i = end;
                continue;
            }

            i++;
        }

        return found;
    }

    private readonly record struct Resolved(DateOnly Value, DateOnly? EndValue, DatePrecision Precision, DateBasis Basis, string Reason);

    private static bool TryMatch(SentenceParse view, int i, DateOnly published, out int first, out int end, out Resolved resolved)
    {
        first = i;
        if (view.TextIs(i, "since") && i + 1 < view.End && TryCore(view, i + 1, published, out end, out Resolved inner))
        {
            DateOnly until = published;
            resolved = new Resolved(inner.Value, until, inner.Precision, inner.Basis, $"since {inner.Reason}; up to publication");
            return true;
        }

        return TryCore(view, i, published, out end, out resolved);
    }

    /// <summary>An expression, with an optional early/mid/late modifier, that starts at <paramref name="i"/>.</summary>
    private static bool TryCore(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        Part part = ReadPart(view, i, out int afterPart);
        if (part != Part.None)
        {
            if (afterPart < view.End && TryPlain(view, afterPart, published, out end, out Resolved whole)
                && Narrow(whole, part, out resolved))
            {
                resolved = resolved with { Reason = $"{PartName(part)} {resolved.Reason}" };
                return true;
            }
        }

        return TryPlain(view, i, published, out end, out resolved);
    }

    private static bool TryPlain(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved) =>
        TryAgo(view, i, published, out end, out resolved)
        || TryPastUnits(view, i, published, out end, out resolved)
        || TryDeictic(view, i, published, out end, out resolved)
        || TryRelativeUnit(view, i, published, out end, out resolved)
        || TryWeekday(view, i, published, out end, out resolved)
        || TryDayMonth(view, i, published, out end, out resolved)
        || TryMonth(view, i, published, out end, out resolved)
        || TryYear(view, i, out end, out resolved)
        || TryIso(view, i, out end, out resolved);

    // "about two weeks ago", "a month ago", "days ago", "two days ago".
    private static bool TryAgo(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        end = i;
        resolved = default;
        int limit = Math.Min(view.End, i + 8);
        int ago = -1;
        for (int k = i + 1; k < limit; k++)
        {
            if (view.TextIs(k, "ago"))
            {
                ago = k;
                break;
            }
        }

        if (ago < 0 || !WordLists.Units.TryGetValue(view.Word(ago - 1), out string unit))
        {
            return false;
        }

        int unitToken = ago - 1;
        int amount;
        bool approximate;
        string phrase;
        if (unitToken == i)
        {
            if (i - 1 >= view.First && NumberReader.IsNumberPart(view, i - 1))
            {
                // The figure before was rejected ("3000 years ago"); do not fall back to "years ago".
                return false;
            }

            // "days ago", "weeks ago": at least two, unknown.
            amount = 2;
            approximate = true;
        }
        else if (unitToken - 1 == i && (view.TextIs(i, "a") || view.TextIs(i, "an")))
        {
            amount = 1;
            approximate = false;
        }
        else if (NumberReader.TryRead(view, unitToken - 1, out NumberPhrase number) && number.First == i && number.End == unitToken)
        {
            amount = number.Value ?? 3;
            approximate = number.Value is null || number.Min is not null || number.Max is not null || view.PhraseEndingBefore(number.First + 1, WordLists.Approximately) >= 0
                || WordLists.Approximately.Contains(view.Word(i));
        }
        else
        {
            return false;
        }

        if (!IsReasonableAmount(unit, amount))
        {
            return false;
        }

        end = ago + 1;
        phrase = view.Text(i, end);
        DateOnly value = Subtract(published, unit, amount);
        DatePrecision precision = PrecisionOf(unit);
        if (approximate && precision == DatePrecision.Day)
        {
            precision = DatePrecision.Week;
        }

        resolved = new Resolved(value, null, precision, DateBasis.RelativeToPublication, $"'{phrase}': {Iso(value)}, counted back from publication ({Iso(published)})");
        return true;
    }

    // "the past two weeks", "the last three days", "in recent days".
    private static bool TryPastUnits(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        end = i;
        resolved = default;
        int k = i;
        if (view.TextIs(k, "the"))
        {
            k++;
        }

        if (k >= view.End || !(view.TextIs(k, "past") || view.TextIs(k, "last") || view.TextIs(k, "previous") || view.TextIs(k, "recent")))
        {
            return false;
        }

        bool recent = view.TextIs(k, "recent");
        k++;
        int amount = 1;
        if (k < view.End && NumberReader.TryRead(view, k, out NumberPhrase number) && number.First == k && number.Value is int n)
        {
            amount = n;
            k = number.End;
        }
        else if (!recent)
        {
            return false;
        }

        if (k >= view.End || !WordLists.Units.TryGetValue(view.Word(k), out string unit) || !IsPlural(view.Word(k)))
        {
            return false;
        }

        if (recent)
        {
            amount = unit == "day" ? 7 : 3;
        }

        if (!IsReasonableAmount(unit, amount))
        {
            return false;
        }

        end = k + 1;
        DateOnly from = Subtract(published, unit, amount);
        string phrase = view.Text(i, end);
        resolved = new Resolved(from, published, PrecisionOf(unit) == DatePrecision.Day ? DatePrecision.Week : PrecisionOf(unit), DateBasis.RelativeToPublication, $"'{phrase}': {Iso(from)} to publication ({Iso(published)})");
        return true;
    }

    // "yesterday", "today", "tonight", "last night", "this morning".
    private static bool TryDeictic(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        end = i + 1;
        resolved = default;
        int offset;
        if (view.TextIs(i, "yesterday"))
        {
            offset = -1;
        }
        else if (view.TextIs(i, "today") || view.TextIs(i, "tonight"))
        {
            offset = 0;
        }
        else if (view.TextIs(i, "last") && i + 1 < view.End && (view.TextIs(i + 1, "night") || view.TextIs(i + 1, "evening")))
        {
            offset = -1;
            end = i + 2;
        }
        else if (view.TextIs(i, "this") && i + 1 < view.End && WordLists.DayParts.Contains(view.Word(i + 1)))
        {
            offset = 0;
            end = i + 2;
        }
        else
        {
            return false;
        }

        if (offset == -1 && end < view.End && WordLists.DayParts.Contains(view.Word(end)))
        {
            end++;
        }

        DateOnly value = published.AddDays(offset);
        resolved = new Resolved(value, null, DatePrecision.Day, DateBasis.RelativeToPublication, $"'{view.Text(i, end)}': {Iso(value)} from publication");
        return true;
    }

    // "last month", "this year", "next week", "earlier this month", "later this year", "last weekend".
    private static bool TryRelativeUnit(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        end = i;
        resolved = default;
        int k = i;
        int direction = 0; // -1 earlier in the period, +1 later in it
        if (view.TextIs(k, "earlier"))
        {
            direction = -1;
            k++;
        }
        else if (view.TextIs(k, "later"))
        {
            direction = 1;
            k++;
        }

        if (k + 1 >= view.End)
        {
            return false;
        }

        int shift;
        if (view.TextIs(k, "last") || view.TextIs(k, "past") || view.TextIs(k, "previous"))
        {
            shift = -1;
        }
        else if (view.TextIs(k, "this") || view.TextIs(k, "current"))
        {
            shift = 0;
        }
        else if (view.TextIs(k, "next") || view.TextIs(k, "coming"))
        {
            shift = 1;
        }
        else
        {
            return false;
        }

        if (direction != 0 && shift != 0)
        {
            return false;
        }

        if (!WordLists.Units.TryGetValue(view.Word(k + 1), out string unit) || IsPlural(view.Word(k + 1)) || unit == "fortnight" || unit == "decade")
        {
            return false;
        }

        end = k + 2;
        (DateOnly from, DateOnly to) = Period(published, unit, shift);
        bool future = IsFuture(view, k + 1);
        if (shift == 0 && direction == 0 && !future && to > published)
        {
            // "this year" for something that happened: the part of the period before publication.
            to = published;
        }
        else if (direction < 0)
        {
            to = published > from ? published.AddDays(-1) : published;
        }
        else if (direction > 0)
        {
            from = published < to ? published.AddDays(1) : published;
        }

        string phrase = view.Text(i, end);
        DatePrecision precision = unit == "weekend" ? DatePrecision.Week : PrecisionOf(unit);
        resolved = new Resolved(from, to, precision, DateBasis.RelativeToPublication, $"'{phrase}': {Iso(from)} to {Iso(to)}, from publication ({Iso(published)})");
        return true;
    }

    // "Sunday", "on Monday night", "last Friday", "next Tuesday", "Sunday, Feb. 15".
    private static bool TryWeekday(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        end = i;
        resolved = default;
        int k = i;
        int shift = 0;
        if (view.TextIs(k, "last") || view.TextIs(k, "past"))
        {
            shift = -1;
            k++;
        }
        else if (view.TextIs(k, "next") || view.TextIs(k, "coming") || view.TextIs(k, "this"))
        {
            shift = view.TextIs(k, "this") ? 0 : 1;
            k++;
        }

        if (k >= view.End || !WordLists.Weekdays.TryGetInt(view.Word(k), out int weekday) || !LooksLikeName(view, k))
        {
            return false;
        }

        // "Sunday, Feb. 15" and "Sunday 15 February": the full date decides.
        int next = k + 1 < view.End && view.TextIs(k + 1, ",") ? k + 2 : k + 1;
        if (next < view.End && (TryDayMonth(view, next, published, out int dateEnd, out Resolved full) || TryMonthDayOnly(view, next, published, out dateEnd, out full)))
        {
            end = dateEnd;
            resolved = full;
            return true;
        }

        end = k + 1;
        if (end < view.End && WordLists.DayParts.Contains(view.Word(end)))
        {
            end++;
        }

        bool future = shift > 0 || (shift == 0 && IsFuture(view, k));
        var day = (DayOfWeek)weekday;
        DateOnly value;
        if (future)
        {
            int ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
            value = published.AddDays(shift > 0 && ahead == 0 ? 7 : ahead);
        }
        else
        {
            int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
            value = published.AddDays(-(shift < 0 && back == 0 ? 7 : back));
        }

        string phrase = view.Text(i, end);
        string rule = future ? "the next such day from publication" : shift < 0 ? "the last such day before publication" : "the most recent such day on or before publication";
        resolved = new Resolved(value, null, DatePrecision.Day, DateBasis.RelativeToPublication, $"'{phrase}': {Iso(value)}, {rule} ({Iso(published)})");
        return true;
    }

    // "15 February", "15th of February 2015".
    private static bool TryDayMonth(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        end = i;
        resolved = default;
        if (!TryDayNumber(view.Word(i), out int day))
        {
            return false;
        }

        int k = i + 1;
        if (k < view.End && view.TextIs(k, "of"))
        {
            k++;
        }

        if (k >= view.End || !WordLists.Months.TryGetInt(view.Word(k), out int month))
        {
            return false;
        }

        return ResolveDay(view, i, k + 1, month, day, published, out end, out resolved);
    }

    // "Feb. 15", "February 15, 2015" (a month name followed by a day).
    private static bool TryMonthDayOnly(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        end = i;
        resolved = default;
        if (i + 1 >= view.End || !WordLists.Months.TryGetInt(view.Word(i), out int month) || !TryDayNumber(view.Word(i + 1), out int day))
        {
            return false;
        }

        return ResolveDay(view, i, i + 2, month, day, published, out end, out resolved);
    }

    private static bool ResolveDay(SentenceParse view, int first, int afterDay, int month, int day, DateOnly published, out int end, out Resolved resolved)
    {
        resolved = default;
        end = afterDay;
        int? year = ReadYearAfter(view, afterDay, out int afterYear);
        if (year is int y)
        {
            end = afterYear;
        }

        int chosenYear = year ?? InferYear(published, month, day, IsFuture(view, first));
        if (day > DateTime.DaysInMonth(chosenYear, month))
        {
            return false;
        }

        var value = new DateOnly(chosenYear, month, day);
        string phrase = view.Text(first, end);
        resolved = year is null
            ? new Resolved(value, null, DatePrecision.Day, DateBasis.RelativeToPublication, $"'{phrase}': {Iso(value)}, year taken from publication ({Iso(published)})")
            : new Resolved(value, null, DatePrecision.Day, DateBasis.Explicit, $"'{phrase}': {Iso(value)}");
        return true;
    }

    // "February", "in December", "February 2015", "Feb. 15", "February 15, 2015".
    private static bool TryMonth(SentenceParse view, int i, DateOnly published, out int end, out Resolved resolved)
    {
        end = i;
        resolved = default;
        ReadOnlySpan<char> word = view.Word(i);
        if (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && word.Length > 4
            && WordLists.Months.TryGetInt(word[4..], out int midMonth))
        {
            // "mid-January" as one token.
            int year0 = InferYear(published, midMonth, 1, IsFuture(view, i));
            var whole = new Resolved(new DateOnly(year0, midMonth, 1), new DateOnly(year0, midMonth, DateTime.DaysInMonth(year0, midMonth)), DatePrecision.Month, DateBasis.RelativeToPublication, $"'{word.ToString()}': {year0.ToString(CultureInfo.InvariantCulture)}-{midMonth.ToString("00", CultureInfo.InvariantCulture)}, days 11-20, the most recent such month not after publication ({Iso(published)})");
            end = i + 1;
            return Narrow(whole, Part.Mid, out resolved);
        }

        if (!WordLists.Months.TryGetInt(word, out int month) || !LooksLikeMonth(view, i))
        {
            return false;
        }

        if (TryMonthDayOnly(view, i, published, out end, out resolved))
        {
            return true;
        }

        int? year = ReadYearAfter(view, i + 1, out int afterYear);
        end = year is null ? i + 1 : afterYear;
        int chosenYear = year ?? InferYear(published, month, 1, IsFuture(view, i));
        var from = new DateOnly(chosenYear, month, 1);
        var to = new DateOnly(chosenYear, month, DateTime.DaysInMonth(chosenYear, month));
        string phrase = view.Text(i, end);
        resolved = year is null
            ? new Resolved(from, to, DatePrecision.Month, DateBasis.RelativeToPublication, $"'{phrase}': {from:yyyy-MM}, the most recent such month {(IsFuture(view, i) ? "from" : "not after")} publication ({Iso(published)})")
            : new Resolved(from, to, DatePrecision.Month, DateBasis.Explicit, $"'{phrase}': {from:yyyy-MM}");
        return true;
    }

    // "2014", "in 2011", "the 1990s".
    private static bool TryYear(SentenceParse view, int i, out int end, out Resolved resolved)
    {
        end = i + 1;
        resolved = default;
        ReadOnlySpan<char> word = view.Word(i);
        bool decade = word.Length == 5 && word[4] == 's';
        ReadOnlySpan<char> digits = decade ? word[..4] : word;
        if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1900 || year > 2099)
        {
            return false;
        }

        bool marked = decade || (i > view.First && (WordLists.TimePrepositions.Contains(view.Word(i - 1)) || view.TextIs(i - 1, "-")))
            || view.Is(i, "obl") || view.Is(i, "nmod:tmod") || view.Is(i, "obl:tmod");
        if (!marked || view.Is(i, "nummod"))
        {
            return false;
        }

        var from = new DateOnly(decade ? year - (year % 10) : year, 1, 1);
        var to = new DateOnly(decade ? from.Year + 9 : year, 12, 31);
        resolved = new Resolved(from, to, DatePrecision.Year, DateBasis.Explicit, $"'{word.ToString()}': {(decade ? $"{from.Year}-{to.Year}" : year.ToString(CultureInfo.InvariantCulture))}");
        return true;
    }

    // "2015-02-15".
    private static bool TryIso(SentenceParse view, int i, out int end, out Resolved resolved)
    {
        end = i + 1;
        resolved = default;
        if (!DateOnly.TryParseExact(view.Chars(i), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly value))
        {
            return false;
        }

        resolved = new Resolved(value, null, DatePrecision.Day, DateBasis.Explicit, $"'{Iso(value)}': an ISO date");
        return true;
    }

    private static Part ReadPart(SentenceParse view, int i, out int after)
    {
        after = i;
        ReadOnlySpan<char> word = view.Word(i);
        Part part = Part.None;
        if (word.Equals("early", StringComparison.OrdinalIgnoreCase))
        {
            part = Part.Early;
        }
        else if (word.Equals("mid", StringComparison.OrdinalIgnoreCase) || word.Equals("mid-", StringComparison.OrdinalIgnoreCase))
        {
            part = Part.Mid;
        }
        else if (word.Equals("late", StringComparison.OrdinalIgnoreCase))
        {
            part = Part.Late;
        }
        else if (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            // "mid-January" as one token: the finder reads the month from the same token below.
            return Part.None;
        }
        else if (view.TextIs(i, "the") && i + 2 < view.End && view.TextIs(i + 2, "of"))
        {
            if (view.TextIs(i + 1, "beginning") || view.TextIs(i + 1, "start"))
            {
                part = Part.Early;
            }
            else if (view.TextIs(i + 1, "middle"))
            {
                part = Part.Mid;
            }
            else if (view.TextIs(i + 1, "end"))
            {
                part = Part.Late;
            }

            after = part == Part.None ? i : i + 3;
            return part;
        }

        if (part == Part.None)
        {
            return part;
        }

        after = i + 1;
        if (after < view.End && view.TextIs(after, "-"))
        {
            after++;
        }

        if (after < view.End && view.TextIs(after, "on"))
        {
            after++;
        }

        return part;
    }

    private static bool Narrow(Resolved whole, Part part, out Resolved narrowed)
    {
        narrowed = whole;
        if (whole.EndValue is not DateOnly to)
        {
            // A single day ("late on Tuesday") keeps its day.
            return true;
        }

        DateOnly from = whole.Value;
        int days = to.DayNumber - from.DayNumber + 1;
        if (whole.Precision == DatePrecision.Year && days >= 365)
        {
            (int a, int b) = part switch { Part.Early => (1, 4), Part.Mid => (5, 8), _ => (9, 12) };
            var start = new DateOnly(from.Year, a, 1);
            var stop = new DateOnly(from.Year, b, DateTime.DaysInMonth(from.Year, b));
            narrowed = whole with { Value = start, EndValue = stop < to ? stop : to };
            return start <= to;
        }

        if (whole.Precision == DatePrecision.Month)
        {
            int last = DateTime.DaysInMonth(from.Year, from.Month);
            (int a, int b) = part switch { Part.Early => (1, 10), Part.Mid => (11, 20), _ => (21, last) };
            var start = new DateOnly(from.Year, from.Month, a);
            var stop = new DateOnly(from.Year, from.Month, b);
            narrowed = whole with { Value = start, EndValue = stop < to ? stop : to };
            return start <= to;
        }

        return true;
    }

    private static string PartName(Part part) => part switch { Part.Early => "early part of", Part.Mid => "middle of", _ => "late part of" };

    private static int? ReadYearAfter(SentenceParse view, int k, out int after)
    {
        after = k;
        if (k < view.End && view.TextIs(k, ","))
        {
            k++;
        }

        if (k < view.End && view.Word(k).Length == 4 && int.TryParse(view.Word(k), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1900 && year <= 2099)
        {
            after = k + 1;
            return year;
        }

        return null;
    }

    private static bool TryDayNumber(ReadOnlySpan<char> word, out int day)
    {
        day = 0;
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 2)
        {
            return false;
        }

        ReadOnlySpan<char> suffix = word[digits..];
        if (!(suffix.IsEmpty || suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        day = int.Parse(word[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    /// <summary>"May" the modal and "march" the verb are not months; a capitalised month name tagged as a name or noun is.</summary>
    private static bool LooksLikeMonth(SentenceParse view, int i)
    {
        ReadOnlySpan<char> chars = view.Chars(i);
        if (!char.IsUpper(chars[0]))
        {
            return false;
        }

        UniversalPos upos = view.Upos(i);
        if (upos is UniversalPos.AUX or UniversalPos.VERB)
        {
            return false;
        }

        if (view.Word(i).Equals("may", StringComparison.OrdinalIgnoreCase) || view.Word(i).Equals("march", StringComparison.OrdinalIgnoreCase))
        {
            // Sentence-initial "May" or "March" needs a time preposition or a following day or year.
            bool preposition = i > view.First && WordLists.TimePrepositions.Contains(view.Word(i - 1));
            bool followed = i + 1 < view.End && (TryDayNumber(view.Word(i + 1), out _) || ReadYearAfter(view, i + 1, out _) is not null);
            return preposition || followed || upos == UniversalPos.PROPN;
        }

        return true;
    }

    private static bool LooksLikeName(SentenceParse view, int i) => char.IsUpper(view.Chars(i)[0]);

    private static int InferYear(DateOnly published, int month, int day, bool future)
    {
        int year = published.Year;
        int clampedDay = Math.Min(day, DateTime.DaysInMonth(year, month));
        var candidate = new DateOnly(year, month, clampedDay);
        if (!future && (candidate.Month > published.Month || (candidate.Month == published.Month && day > published.Day && day != 1)))
        {
            return year - 1;
        }

        if (future && candidate < published && candidate.Month != published.Month)
        {
            return year + 1;
        }

        return year;
    }

    /// <summary>True when the verb governing <paramref name="token"/> is future ("will", "shall", "'ll").</summary>
    internal static bool IsFuture(SentenceParse view, int token)
    {
        int verb = token;
        for (int steps = 0; verb >= 0 && steps < 4 && view.Upos(verb) is not (UniversalPos.VERB or UniversalPos.AUX); steps++)
        {
            verb = view.Head(verb);
        }

        if (verb < 0)
        {
            return false;
        }

        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) == verb && view.Is(i, "aux") && WordLists.FutureAuxiliaries.Contains(view.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static (DateOnly From, DateOnly To) Period(DateOnly published, string unit, int shift)
    {
        switch (unit)
        {
            case "day":
                DateOnly day = published.AddDays(shift);
                return (day, day);
            case "week":
            {
                int sinceMonday = ((int)published.DayOfWeek + 6) % 7;
                DateOnly monday = published.AddDays(-sinceMonday + (7 * shift));
                return (monday, monday.AddDays(6));
            }

            case "weekend":
            {
                int sinceSaturday = ((int)published.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
                DateOnly saturday = published.AddDays(-sinceSaturday);
                if (shift > 0 || (shift == 0 && sinceSaturday > 1))
                {
                    saturday = saturday.AddDays(7);
                }

                if (shift < 0 && sinceSaturday <= 1)
                {
                    saturday = saturday.AddDays(-7);
                }

                return (saturday, saturday.AddDays(1));
            }

            case "month":
            {
                var first = new DateOnly(published.Year, published.Month, 1).AddMonths(shift);
                return (first, first.AddMonths(1).AddDays(-1));
            }

            default:
            {
                var first = new DateOnly(published.Year + shift, 1, 1);
                return (first, new DateOnly(first.Year, 12, 31));
            }
        }
    }

    private static DateOnly Subtract(DateOnly published, string unit, int amount) => unit switch
    {
        "day" => published.AddDays(-amount),
        "week" => published.AddDays(-7 * amount),
        "fortnight" => published.AddDays(-14 * amount),
        "weekend" => published.AddDays(-7 * amount),
        "month" => published.AddMonths(-amount),
        "decade" => published.AddYears(-10 * amount),
        _ => published.AddYears(-amount),
    };

    /// <summary>Keeps "3,000 years ago" and misread figures from running off the calendar.</summary>
    private static bool IsReasonableAmount(string unit, int amount) => amount >= 0 && unit switch
    {
        "decade" => amount <= 50,
        "year" => amount <= 500,
        _ => amount <= 5000,
    };

    private static DatePrecision PrecisionOf(string unit) => unit switch
    {
        "day" => DatePrecision.Day,
        "week" or "fortnight" or "weekend" => DatePrecision.Week,
        "month" => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    private static bool IsPlural(ReadOnlySpan<char> word) => word.Length > 1 && (word[^1] == 's' || word[^1] == 'S');

    private static int AttachOf(SentenceParse view, int first, int end)
    {
        if (!view.HasParse)
        {
            return -1;
        }

        for (int k = first; k < end; k++)
        {
            int head = view.Head(k);
            if (head < first || head >= end)
            {
                return k;
            }
        }

        return -1;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

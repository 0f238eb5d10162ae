using System.Globalization;
using System.Text.RegularExpressions;

namespace Wirewatch.Ingest.Dates;

/// <summary>Finds an article's publication date in metadata strings, in a dateline at the top of the text, or in a file name.</summary>
public static partial class PublicationDateFinder
{
    /// <summary>Only this much of the text is searched for a dateline: a date further down is about an event, not the article.</summary>
    public const int DatelineWindow = 200;

    private static readonly string[] MetadataFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "ddd, d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm", "d MMM yyyy HH:mm:ss",
    ];

    /// <summary>Parses a date as inputs state it: ISO 8601 (with time and offset), RFC 1123/822, "February 18, 2015".</summary>
    public static DateOnly? ParseMetadata(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        // The date as the publisher wrote it, in the publisher's own offset, is the publication date.
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto))
        {
            return Plausible(DateOnly.FromDateTime(dto.DateTime));
        }

        var withoutZone = RfcZone().Replace(trimmed, string.Empty);
        if (DateTime.TryParseExact(withoutZone, MetadataFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            return Plausible(DateOnly.FromDateTime(dt));
        }

        return null;
    }

    /// <summary>A full date (with year) in the first <see cref="DatelineWindow"/> characters of the text.</summary>
    public static DateOnly? FromDateline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > DatelineWindow ? text[..DatelineWindow] : text;
        var m = MonthDayYear().Match(head);
        if (m.Success && Month(m.Groups["month"].Value) is int month1)
        {
            return Make(m.Groups["year"].Value, month1, m.Groups["day"].Value);
        }

        m = DayMonthYear().Match(head);
        if (m.Success && Month(m.Groups["month"].Value) is int month2)
        {
            return Make(m.Groups["year"].Value, month2, m.Groups["day"].Value);
        }

        m = IsoDate().Match(head);
        return m.Success ? Make(m.Groups["year"].Value, int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), m.Groups["day"].Value) : null;
    }

    /// <summary>A date in the file's name, else in the names of its folders (nearest first).</summary>
    public static DateOnly? FromFileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = path;
        for (int depth = 0; depth < 3 && !string.IsNullOrEmpty(current); depth++)
        {
            var name = Path.GetFileName(current);
            var m = FileDate().Match(name);
            if (m.Success)
            {
                var date = Make(m.Groups["year"].Value, int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), m.Groups["day"].Value);
                if (date is not null)
                {
                    return date;
                }
            }

            current = Path.GetDirectoryName(current);
        }

        return null;
    }

    private static DateOnly? Make(string year, int month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture);
        int d = int.Parse(day, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month) ? Plausible(new DateOnly(y, month, d)) : null;
    }

    private static DateOnly? Plausible(DateOnly date) =>
        date.Year is >= 1900 and <= 2200 ? date : null;

    private static int? Month(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        return name[..3].ToUpperInvariant() switch
        {
            "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
            "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, "DEC" => 12,
            _ => null,
        };
    }

    private const string MonthPattern =
        "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b" + MonthPattern + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthPattern + @"\.?,?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})-(?<month>\d{2})-(?<day>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})[-_.]?(?<month>0[1-9]|1[0-2])[-_.]?(?<day>0[1-9]|[12]\d|3[01])(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FileDate();

    [GeneratedRegex(@"\s+(?:GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[+-]\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex RfcZone();
}

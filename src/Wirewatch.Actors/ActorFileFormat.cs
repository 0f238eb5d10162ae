using System.Globalization;
using System.Text;

namespace Wirewatch.Actors;

/// <summary>
/// Our readable actor file: UTF-8, one actor per line, tab-separated, <c>#</c> starts a comment line.
/// Columns: <c>id kind name country sector qid roles aliases</c>.
/// <list type="bullet">
/// <item><c>kind</c>: PER, ORG or GPE.</item>
/// <item><c>roles</c>: <c>;</c>-separated CAMEO codes, each optionally dated: <c>AFGGOV@2001-12-22..</c>,
/// <c>EGYELI@1936-01-01..1970-09-28</c> (either bound may be empty).</item>
/// <item><c>aliases</c>: <c>|</c>-separated other names; names are matched case-insensitively, except short
/// all-capital aliases (acronyms), which match only text in capitals.</item>
/// </list>
/// Empty fields are empty strings. The same entry always prints as the same line, so imports are reproducible.
/// </summary>
public static class ActorFileFormat
{
    /// <summary>The column header written at the top of every file (as a comment).</summary>
    public const string Header = "# id\tkind\tname\tcountry\tsector\tqid\troles\taliases";

    /// <summary>Formats one entry as a line (no newline).</summary>
    public static string Format(ActorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var roles = new StringBuilder();
        foreach (var role in entry.Roles)
        {
            if (roles.Length > 0)
            {
                roles.Append(';');
            }

            roles.Append(role.Code);
            if (role.From is not null || role.To is not null)
            {
                roles.Append('@').Append(FormatDate(role.From)).Append("..").Append(FormatDate(role.To));
            }
        }

        var aliases = new List<string>();
        foreach (var alias in entry.Aliases)
        {
            if (!string.Equals(alias, entry.Name, StringComparison.Ordinal))
            {
                aliases.Add(alias);
            }
        }

        return string.Join('\t', entry.Id, LabelOf(entry.Kind), entry.Name, entry.Country, entry.Sector, entry.Qid, roles.ToString(), string.Join('|', aliases));
    }

    /// <summary>Parses one non-comment line; <paramref name="source"/> and <paramref name="lineNumber"/> name it in errors.</summary>
    /// <exception cref="ActorDataException">The line is malformed.</exception>
    public static ActorEntry Parse(string line, string source, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = line.Split('\t');
        if (fields.Length != 8)
        {
            throw new ActorDataException(source, lineNumber, $"expected 8 tab-separated columns, found {fields.Length}.");
        }

        if (fields[0].Length == 0 || fields[2].Length == 0)
        {
            throw new ActorDataException(source, lineNumber, "the id and name must not be empty.");
        }

        var kind = fields[1] switch
        {
            "PER" => ActorKind.Person,
            "ORG" => ActorKind.Organisation,
            "GPE" => ActorKind.Country,
            _ => throw new ActorDataException(source, lineNumber, $"unknown kind '{fields[1]}' (PER, ORG or GPE)."),
        };

        if (fields[3].Length is not (0 or 3) || fields[4].Length is not (0 or 3))
        {
            throw new ActorDataException(source, lineNumber, "country and sector are three-letter codes or empty.");
        }

        var roles = new List<ActorRole>();
        foreach (var raw in fields[6].Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            roles.Add(ParseRole(raw, fields[3], source, lineNumber));
        }

        var aliases = new List<string> { fields[2] };
        foreach (var alias in fields[7].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!aliases.Contains(alias, StringComparer.Ordinal))
            {
                aliases.Add(alias);
            }
        }

        return new ActorEntry
        {
            Id = fields[0],
            Kind = kind,
            Name = fields[2],
            Country = fields[3],
            Sector = fields[4],
            Qid = fields[5],
            Roles = roles,
            Aliases = aliases,
            Source = source,
        };
    }

    /// <summary>Reads every entry of a file.</summary>
    public static List<ActorEntry> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ActorDataException(path, 0, "the file is missing.");
        }

        var name = Path.GetFileName(path);
        var entries = new List<ActorEntry>();
        int number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            entries.Add(Parse(line, name, number));
        }

        return entries;
    }

    /// <summary>The kind column's value.</summary>
    public static string LabelOf(ActorKind kind) => kind switch
    {
        ActorKind.Person => "PER",
        ActorKind.Country => "GPE",
        _ => "ORG",
    };

    private static ActorRole ParseRole(string raw, string defaultCountry, string source, int lineNumber)
    {
        int at = raw.IndexOf('@', StringComparison.Ordinal);
        string code = at < 0 ? raw : raw[..at];
        DateOnly? from = null, to = null;
        if (at >= 0)
        {
            var range = raw[(at + 1)..];
            int dots = range.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0)
            {
                throw new ActorDataException(source, lineNumber, $"role '{raw}' needs a range 'FROM..TO'.");
            }

            from = ParseDate(range[..dots], raw, source, lineNumber);
            to = ParseDate(range[(dots + 2)..], raw, source, lineNumber);
        }

        var (country, sector) = CameoCodes.Split(code, c => c == defaultCountry);
        return new ActorRole(code, country, sector, from, to);
    }

    private static DateOnly? ParseDate(string value, string raw, string source, int lineNumber)
    {
        if (value.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ActorDataException(source, lineNumber, $"role '{raw}' has a date that is not YYYY-MM-DD.");
    }

    private static string FormatDate(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}

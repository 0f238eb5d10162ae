using System.Globalization;
using System.Text.RegularExpressions;

namespace Wirewatch.ActorImporter;

/// <summary>
/// Reads TABARI/PETRARCH <c>.actors</c> files. A line that starts with a name begins an actor (its codes may follow
/// on the same line in brackets); <c>+NAME</c> lines add synonyms; indented <c>[CODE dates]</c> lines add codes. A
/// root without codes takes the codes of the next code line, as PETRARCH does. <c>#</c> starts a comment. Dates are
/// <c>YYMMDD</c> (years ≤ 30 are 20xx) or <c>YYYYMMDD</c>, as <c>FROM-TO</c>, <c>&gt;FROM</c> or <c>&lt;TO</c>.
/// </summary>
internal static partial class TabariActorReader
{
    public static List<TabariActor> Read(IEnumerable<string> lines)
    {
        var actors = new List<TabariActor>();
        var waiting = new List<TabariActor>();
        TabariActor? current = null;
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            int hash = raw.IndexOf('#', StringComparison.Ordinal);
            string comment = hash >= 0 ? raw[(hash + 1)..].Trim() : string.Empty;
            string line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            char first = line[0];
            if (first == '+')
            {
                if (current is not null)
                {
                    foreach (var synonym in line[1..].Split('+', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var name = CleanName(synonym);
                        if (name.Length > 0)
                        {
                            current.Synonyms.Add(name);
                        }
                    }
                }

                continue;
            }

            var codes = ParseCodes(line);
            if (char.IsWhiteSpace(first) || first == '[')
            {
                // A code line: it belongs to every root still waiting for codes, else to the current actor.
                if (waiting.Count > 0)
                {
                    foreach (var actor in waiting)
                    {
                        actor.Codes.AddRange(codes);
                    }

                    waiting.Clear();
                }
                else
                {
                    current?.Codes.AddRange(codes);
                }

                continue;
            }

            int bracket = line.IndexOf('[', StringComparison.Ordinal);
            var root = CleanName(bracket >= 0 ? line[..bracket] : line);
            if (root.Length == 0)
            {
                continue;
            }

            current = new TabariActor { Root = root, Comment = comment, Line = number };
            actors.Add(current);
            if (codes.Count > 0)
            {
                // A root with its own codes closes the group of roots that had none: they share these codes.
                current.Codes.AddRange(codes);
                foreach (var actor in waiting)
                {
                    actor.Codes.AddRange(codes);
                }

                waiting.Clear();
            }
            else
            {
                waiting.Add(current);
            }
        }

        return actors;
    }

    /// <summary>The codes in brackets on a line; <c>[---]</c> (no code) is skipped.</summary>
    public static List<TabariCode> ParseCodes(string line)
    {
        var codes = new List<TabariCode>();
        foreach (Match m in CodePattern().Matches(line))
        {
            var code = m.Groups["code"].Value;
            if (code.Length == 0 || code.All(c => c == '-'))
            {
                continue;
            }

            var dates = m.Groups["dates"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            DateOnly? from = null, to = null;
            if (dates.StartsWith('>'))
            {
                from = ParseDate(dates[1..]);
            }
            else if (dates.StartsWith('<'))
            {
                to = ParseDate(dates[1..]);
            }
            else if (dates.Contains('-', StringComparison.Ordinal))
            {
                var parts = dates.Split('-');
                from = ParseDate(parts[0]);
                to = ParseDate(parts[1]);
            }

            codes.Add(new TabariCode(code, from, to));
        }

        return codes;
    }

    /// <summary>TABARI's name form to words: underscores to spaces, trailing and doubled spaces removed.</summary>
    public static string CleanName(string raw)
    {
        var words = raw.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words);
    }

    public static DateOnly? ParseDate(string value)
    {
        if (value.Length == 6 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            int yy = int.Parse(value[..2], CultureInfo.InvariantCulture);
            value = (yy <= 30 ? "20" : "19") + value;
        }

        return value.Length == 8 && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    [GeneratedRegex(@"\[\s*(?<code>[A-Z~\-]+)\s*(?<dates>[<>]?\s*[0-9]*\s*-?\s*[0-9]*)\s*\]")]
    private static partial Regex CodePattern();
}

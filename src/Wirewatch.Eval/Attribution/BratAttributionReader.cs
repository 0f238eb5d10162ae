using System.Globalization;
using Wirewatch.Core.Documents;

namespace Wirewatch.Eval.Attribution;

/// <summary>
/// Reads PolNeAR's brat standoff: <c>T</c> lines (<c>Tn&lt;TAB&gt;Label start end[;start end...]&lt;TAB&gt;text</c>) and
/// <c>E</c> lines (<c>En&lt;TAB&gt;Attribution:Tn Source:Tn Cue:Tn Content:Tn</c>, or <c>Attribution-no-source</c>).
/// An event without a Content role is skipped; Discuss and Discard spans are not attributions.
/// </summary>
public static class BratAttributionReader
{
    public static IReadOnlyList<BratAttribution> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadLines(path), path);
    }

    public static IReadOnlyList<BratAttribution> Parse(IEnumerable<string> lines, string origin)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var spans = new Dictionary<string, AttributionSpan>(StringComparer.Ordinal);
        var events = new List<(int Line, string[] Roles)>();
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            if (!IsId(cols[0]))
            {
                // A span's text may hold a line break, so a line without an id continues the previous line's text column.
                continue;
            }

            if (line[0] == 'T')
            {
                if (cols.Length < 2)
                {
                    throw new AttributionFormatException(origin, number, "a T line needs an id and 'Label start end'.");
                }

                int space = cols[1].IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                {
                    throw new AttributionFormatException(origin, number, "a T line needs 'Label start end'.");
                }

                spans[cols[0]] = ParseSpan(cols[1][(space + 1)..], origin, number);
            }
            else if (line[0] == 'E' && cols.Length >= 2)
            {
                events.Add((number, cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        var result = new List<BratAttribution>(events.Count);
        foreach (var (line, roles) in events)
        {
            AttributionSpan? source = null, cue = null, content = null;
            foreach (var role in roles)
            {
                int colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    continue;
                }

                var id = role[(colon + 1)..];
                if (!spans.TryGetValue(id, out var span))
                {
                    throw new AttributionFormatException(origin, line, $"the event refers to '{id}', which no T line defines.");
                }

                switch (role[..colon])
                {
                    case "Source":
                        source = span;
                        break;
                    case "Cue":
                        cue = span;
                        break;
                    case "Content":
                        content = span;
                        break;
                }
            }

            if (content is not null)
            {
                result.Add(new BratAttribution(source, cue, content));
            }
        }

        return result;
    }

    // T12, E3, A1, R2, #1: a letter then digits.
    private static bool IsId(string column)
    {
        if (column.Length < 2 || !char.IsAsciiLetterUpper(column[0]))
        {
            return false;
        }

        for (int i = 1; i < column.Length; i++)
        {
            if (!char.IsAsciiDigit(column[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static AttributionSpan ParseSpan(string offsets, string origin, int line)
    {
        var parts = new List<TextSpan>();
        foreach (var piece in offsets.Split(';'))
        {
            var numbers = piece.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (numbers.Length != 2
                || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start)
            {
                throw new AttributionFormatException(origin, line, $"bad offsets '{offsets}'.");
            }

            parts.Add(new TextSpan(start, end));
        }

        return new AttributionSpan(parts);
    }
}

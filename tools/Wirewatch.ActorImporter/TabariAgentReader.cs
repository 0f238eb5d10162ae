using System.Text.RegularExpressions;
using Wirewatch.Actors;

namespace Wirewatch.ActorImporter;

/// <summary>
/// Reads a TABARI <c>.agents</c> file into noun phrases with sectors. <c>!NAME! = A, B</c> lines define substitutions;
/// <c>{PLURAL, ...}</c> after a noun lists its plurals (<c>{}</c>: none); otherwise the regular English plural is added
/// (TABARI's rule). Codes such as <c>[~COP]</c> or <c>[IGO~]</c> give the sector through <see cref="CameoCodes"/>.
/// </summary>
internal static partial class TabariAgentReader
{
    public static List<AgentEntry> Read(IEnumerable<string> lines)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entries = new List<AgentEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            int hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var macro = MacroPattern().Match(line);
            if (macro.Success)
            {
                macros[macro.Groups["name"].Value] = [.. macro.Groups["values"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                continue;
            }

            var entry = EntryPattern().Match(line);
            if (!entry.Success)
            {
                continue;
            }

            var code = entry.Groups["code"].Value;
            var (_, sector) = CameoCodes.Split(code, _ => false);
            var nouns = Expand(entry.Groups["noun"].Value.Trim(), macros);
            var plurals = entry.Groups["plurals"].Success
                ? entry.Groups["plurals"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : null;
            foreach (var noun in nouns)
            {
                Add(entries, seen, noun, sector, code);
                if (plurals is null)
                {
                    Add(entries, seen, Plural(noun), sector, code);
                }
            }

            if (plurals is not null)
            {
                foreach (var plural in plurals)
                {
                    foreach (var expanded in Expand(plural, macros))
                    {
                        Add(entries, seen, expanded, sector, code);
                    }
                }
            }
        }

        return entries;
    }

    /// <summary>The regular English plural of the last word (TABARI's rule for agents without a plural list).</summary>
    public static string Plural(string noun)
    {
        int space = noun.LastIndexOf(' ');
        var head = noun[(space + 1)..];
        var stem = noun[..(space + 1)];
        if (head.EndsWith("MAN", StringComparison.Ordinal))
        {
            return stem + head[..^3] + "MEN";
        }

        if (head.EndsWith('Y') && head.Length > 1 && !"AEIOU".Contains(head[^2], StringComparison.Ordinal))
        {
            return stem + head[..^1] + "IES";
        }

        if (head.EndsWith('S') || head.EndsWith('X') || head.EndsWith('Z') || head.EndsWith("CH", StringComparison.Ordinal) || head.EndsWith("SH", StringComparison.Ordinal))
        {
            return stem + head + "ES";
        }

        return stem + head + "S";
    }

    private static List<string> Expand(string noun, Dictionary<string, string[]> macros)
    {
        var results = new List<string> { noun.Replace('_', ' ').Trim() };
        foreach (var (name, values) in macros)
        {
            var token = "!" + name + "!";
            var next = new List<string>();
            foreach (var r in results)
            {
                if (!r.Contains(token, StringComparison.Ordinal))
                {
                    next.Add(r);
                    continue;
                }

                foreach (var v in values)
                {
                    next.Add(r.Replace(token, v, StringComparison.Ordinal));
                }
            }

            results = next;
        }

        return results.ConvertAll(r => string.Join(' ', r.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    private static void Add(List<AgentEntry> entries, HashSet<string> seen, string noun, string sector, string code)
    {
        var lower = noun.ToLowerInvariant();
        if (lower.Length > 0 && seen.Add(lower))
        {
            entries.Add(new AgentEntry(lower, sector, code));
        }
    }

    [GeneratedRegex(@"^!(?<name>[A-Z]+)!\s*=\s*(?<values>.+)$")]
    private static partial Regex MacroPattern();

    [GeneratedRegex(@"^(?<noun>[^\[{]+?)\s*(\{(?<plurals>[^}]*)\})?\s*\[(?<code>[A-Z~]+)\]")]
    private static partial Regex EntryPattern();
}

using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Acled;

/// <summary>
/// The fallback of <c>eval acled</c>: readable keyword rules (<c>data/events/acled-keywords.tsv</c>), tried top to
/// bottom; the first rule whose phrases all occur in the lower-cased snippet gives the label.
/// </summary>
public sealed class AcledKeywordClassifier
{
    private readonly IReadOnlyList<AcledKeywordRule> _rules;

    public AcledKeywordClassifier(IReadOnlyList<AcledKeywordRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    public IReadOnlyList<AcledKeywordRule> Rules => _rules;

    /// <summary>Reads a rules file: <c>LABEL&lt;TAB&gt;phrase &amp; phrase ...</c>; '#' starts a comment line.</summary>
    public static AcledKeywordClassifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputRejectedException(path, "keyword rules file not found.");
        }

        return Parse(File.ReadAllLines(path), path);
    }

    public static AcledKeywordClassifier Parse(IReadOnlyList<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rules = new List<AcledKeywordRule>();
        for (int n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            var label = parts[0].Trim();
            if (parts.Length != 2 || !AcledCaseLabels.IsLabel(label))
            {
                throw new InputRejectedException(source, $"line {n + 1}: expected 'LABEL<TAB>phrase & phrase', with a CASE 2021 label.");
            }

            var phrases = new List<IReadOnlyList<string>>();
            foreach (var phrase in parts[1].Split('&', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                phrases.Add(Words(phrase));
            }

            if (phrases.Count == 0)
            {
                throw new InputRejectedException(source, $"line {n + 1}: no phrase.");
            }

            rules.Add(new AcledKeywordRule(label, phrases, n + 1));
        }

        return new AcledKeywordClassifier(rules);
    }

    /// <summary>The label of the first matching rule, or null.</summary>
    public AcledKeywordRule? Match(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var words = Words(snippet);
        foreach (var rule in _rules)
        {
            bool all = true;
            foreach (var phrase in rule.Phrases)
            {
                if (!Occurs(words, phrase))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Lower-cased words: runs of letters, digits and '*' (hyphens and other marks separate words).</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            words.Add(text[start..i].ToLowerInvariant());
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '*';

    private static bool Occurs(List<string> words, IReadOnlyList<string> phrase)
    {
        for (int start = 0; start + phrase.Count <= words.Count; start++)
        {
            bool ok = true;
            for (int k = 0; k < phrase.Count && ok; k++)
            {
                var p = phrase[k];
                var w = words[start + k];
                ok = p.EndsWith('*') ? w.StartsWith(p.AsSpan(0, p.Length - 1), StringComparison.Ordinal) : w == p;
            }

            if (ok)
            {
                return true;
            }
        }

        return false;
    }
}

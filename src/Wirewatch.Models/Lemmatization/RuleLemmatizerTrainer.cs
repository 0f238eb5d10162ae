using System.Globalization;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Training;

namespace Wirewatch.Models.Lemmatization;

/// <summary>Learns a <see cref="RuleLemmatizer"/> from gold sentences (form, XPOS, lemma); deterministic.</summary>
public static class RuleLemmatizerTrainer
{
    /// <summary>
    /// Builds the lexicon from every (form, XPOS) seen, keeping its most frequent lemma, and suffix rules from the
    /// distinct (form, XPOS, lemma) triples: for each XPOS and suffix up to <see cref="RuleLemmatizer.MaxSuffix"/>
    /// characters, the most frequent edit, kept when it differs from the edit of the next shorter suffix.
    /// </summary>
    /// <param name="train">Sentences with XPOS and lemmas.</param>
    /// <param name="minRuleCount">A suffix rule (other than the per-tag default) needs this many distinct words behind it.</param>
    /// <param name="manifest">Completed with the settings and returned inside the lemmatizer.</param>
    public static RuleLemmatizer Train(IReadOnlyList<AnnotatedSentence> train, int minRuleCount, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(manifest);
        var lexicon = new Dictionary<(string Tag, string Form), Dictionary<string, int>>();
        var types = new HashSet<(string Tag, string Form, string Lemma)>();
        foreach (var sentence in train)
        {
            if (sentence.Xpos is null || sentence.Lemmas is null)
            {
                throw new ArgumentException("Every training sentence needs XPOS and lemmas.", nameof(train));
            }

            for (int i = 0; i < sentence.Count; i++)
            {
                string form = sentence.Forms[i], tag = sentence.Xpos[i], lemma = sentence.Lemmas[i];
                if (lemma == "_")
                {
                    continue;
                }

                if (!lexicon.TryGetValue((tag, form), out var lemmas))
                {
                    lexicon[(tag, form)] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                lemmas[lemma] = lemmas.GetValueOrDefault(lemma) + 1;
                types.Add((tag, RuleLemmatizer.KeepsCase(tag) ? form : form.ToLowerInvariant(), lemma));
            }
        }

        var forms = new List<string>();
        var lexiconTags = new List<string>();
        var lemmaList = new List<string>();
        foreach (var key in lexicon.Keys.OrderBy(k => k.Tag, StringComparer.Ordinal).ThenBy(k => k.Form, StringComparer.Ordinal))
        {
            forms.Add(key.Form);
            lexiconTags.Add(key.Tag);
            lemmaList.Add(Best(lexicon[key]));
        }

        // Edit counts per (tag, suffix); the empty suffix is the tag's default edit.
        var edits = new Dictionary<(string Tag, string Suffix), Dictionary<LemmaRule, int>>();
        foreach (var (tag, form, lemma) in types)
        {
            var rule = LemmaRule.Between(form, lemma);
            for (int k = 0; k <= Math.Min(RuleLemmatizer.MaxSuffix, form.Length); k++)
            {
                var key = (tag, form[(form.Length - k)..]);
                if (!edits.TryGetValue(key, out var counts))
                {
                    edits[key] = counts = [];
                }

                counts[rule] = counts.GetValueOrDefault(rule) + 1;
            }
        }

        var ruleTags = new List<string>();
        var suffixes = new List<string>();
        var cuts = new List<int>();
        var appends = new List<string>();
        foreach (var key in edits.Keys.OrderBy(k => k.Tag, StringComparer.Ordinal).ThenBy(k => k.Suffix, StringComparer.Ordinal))
        {
            var counts = edits[key];
            var (best, total) = BestRule(counts);
            if (key.Suffix.Length > 0)
            {
                if (total < minRuleCount)
                {
                    continue;
                }

                var (parent, _) = BestRule(edits[(key.Tag, key.Suffix[1..])]);
                if (parent == best)
                {
                    continue;
                }
            }

            ruleTags.Add(key.Tag);
            suffixes.Add(key.Suffix);
            cuts.Add(best.Cut);
            appends.Add(best.Append);
        }

        var completed = manifest with
        {
            Hyperparameters = new SortedDictionary<string, string>(manifest.Hyperparameters, StringComparer.Ordinal)
            {
                ["minRuleCount"] = minRuleCount.ToString(CultureInfo.InvariantCulture),
                ["maxSuffix"] = RuleLemmatizer.MaxSuffix.ToString(CultureInfo.InvariantCulture),
                ["lexiconEntries"] = forms.Count.ToString(CultureInfo.InvariantCulture),
                ["rules"] = ruleTags.Count.ToString(CultureInfo.InvariantCulture),
            },
        };
        return new RuleLemmatizer(new LemmatizerTables(forms, lexiconTags, lemmaList, ruleTags, suffixes, cuts, appends), completed);
    }

    /// <summary>Lemma accuracy (percent) on gold sentences, using the given tags (gold XPOS when null).</summary>
    public static double Evaluate(RuleLemmatizer lemmatizer, IReadOnlyList<AnnotatedSentence> gold, IReadOnlyList<string[]>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(lemmatizer);
        ArgumentNullException.ThrowIfNull(gold);
        int words = 0, correct = 0;
        for (int s = 0; s < gold.Count; s++)
        {
            var sentence = gold[s];
            for (int i = 0; i < sentence.Count; i++)
            {
                var tag = tags is null ? sentence.Xpos![i] : tags[s][i];
                var expected = sentence.Lemmas![i];
                correct += expected == "_" || lemmatizer.Lemmatize(sentence.Forms[i], tag) == expected ? 1 : 0;
                words++;
            }
        }

        return words == 0 ? 0 : 100.0 * correct / words;
    }

    private static string Best(Dictionary<string, int> counts)
    {
        string best = string.Empty;
        int bestCount = -1;
        foreach (var (lemma, count) in counts)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(lemma, best) < 0))
            {
                best = lemma;
                bestCount = count;
            }
        }

        return best;
    }

    private static (LemmaRule Rule, int Total) BestRule(Dictionary<LemmaRule, int> counts)
    {
        LemmaRule best = default;
        int bestCount = -1, total = 0;
        foreach (var (rule, count) in counts)
        {
            total += count;
            if (count > bestCount || (count == bestCount && Compare(rule, best) < 0))
            {
                best = rule;
                bestCount = count;
            }
        }

        return (best, total);
    }

    private static int Compare(LemmaRule a, LemmaRule b) =>
        a.Cut != b.Cut ? a.Cut.CompareTo(b.Cut) : string.CompareOrdinal(a.Append, b.Append);
}

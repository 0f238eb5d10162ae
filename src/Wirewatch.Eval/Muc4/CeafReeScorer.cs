using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Muc4;

/// <summary>
/// GRIT's CEAF-REE: per document and role, the best one-to-one alignment of predicted to gold entities (mentions
/// normalised by <see cref="Muc4TextNormalizer"/>); its total similarity is the numerator of both precision (over
/// predicted entities) and recall (over gold entities), summed over documents; the micro figure sums all roles.
/// </summary>
public static class CeafReeScorer
{
    /// <param name="gold">Gold documents with <see cref="Muc4Document.Extracts"/>.</param>
    /// <param name="predictions">Predictions keyed by <see cref="Muc4DocKey.Of"/> of the document id.</param>
    /// <param name="similarity">Strict (GRIT's headline figure) or proportional.</param>
    public static Muc4Score Score(IReadOnlyList<Muc4Document> gold, IReadOnlyDictionary<string, Muc4Extracts> predictions, Muc4Similarity similarity)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var roles = Muc4Roles.All;
        var totals = new double[roles.Count, 4];
        foreach (var (key, extracts) in GoldByKey(gold))
        {
            if (!predictions.TryGetValue(key, out var predicted))
            {
                throw new InputRejectedException("predictions", $"no prediction for document {key}.");
            }

            for (int r = 0; r < roles.Count; r++)
            {
                var g = Normalize(extracts[roles[r]]);
                var p = Normalize(predicted[roles[r]]);
                double sim = 0;
                if (g.Count > 0 && p.Count > 0)
                {
                    var matrix = new double[g.Count, p.Count];
                    for (int i = 0; i < g.Count; i++)
                    {
                        for (int j = 0; j < p.Count; j++)
                        {
                            matrix[i, j] = Phi(g[i], p[j], similarity);
                        }
                    }

                    sim = MaxAssignment.Total(matrix);
                }

                totals[r, 0] += sim;
                totals[r, 1] += p.Count;
                totals[r, 2] += sim;
                totals[r, 3] += g.Count;
            }
        }

        var per = new List<KeyValuePair<string, Muc4Prf>>(roles.Count);
        var all = new double[4];
        for (int r = 0; r < roles.Count; r++)
        {
            per.Add(new(roles[r], Muc4Prf.From(totals[r, 0], totals[r, 1], totals[r, 2], totals[r, 3])));
        }

        // Summed role by role, as the reference does.
        for (int k = 0; k < 4; k++)
        {
            for (int r = 0; r < roles.Count; r++)
            {
                all[k] += totals[r, k];
            }
        }

        return new Muc4Score(per, Muc4Prf.From(all[0], all[1], all[2], all[3]));
    }

    /// <summary>Similarity of a gold and a predicted entity (both normalised).</summary>
    public static double Phi(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, Muc4Similarity similarity)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (similarity == Muc4Similarity.Strict)
        {
            foreach (var m in predicted)
            {
                if (!Contains(gold, m))
                {
                    return 0;
                }
            }

            return 1;
        }

        if (predicted.Count == 0)
        {
            return 0; // the reference divides by zero here; an empty predicted entity earns nothing
        }

        int found = 0;
        foreach (var m in gold)
        {
            if (Contains(predicted, m))
            {
                found++;
            }
        }

        return (double)found / predicted.Count;
    }

    /// <summary>Gold extracts keyed like predictions; a later document with the same key replaces an earlier one, as in the reference.</summary>
    internal static List<(string Key, Muc4Extracts Extracts)> GoldByKey(IReadOnlyList<Muc4Document> gold)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<(string, Muc4Extracts)>();
        foreach (var doc in gold)
        {
            var extracts = doc.Extracts ?? throw new InputRejectedException(doc.DocId, "the gold document has no 'extracts' (GRIT form expected).");
            var key = Muc4DocKey.Of(doc.DocId);
            if (index.TryGetValue(key, out int at))
            {
                list[at] = (key, extracts);
            }
            else
            {
                index[key] = list.Count;
                list.Add((key, extracts));
            }
        }

        return list;
    }

    internal static List<List<string>> Normalize(IReadOnlyList<IReadOnlyList<string>> entities)
    {
        var result = new List<List<string>>(entities.Count);
        foreach (var e in entities)
        {
            var mentions = new List<string>(e.Count);
            foreach (var m in e)
            {
                mentions.Add(Muc4TextNormalizer.Normalize(m));
            }

            result.Add(mentions);
        }

        return result;
    }

    internal static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var s in list)
        {
            if (string.Equals(s, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

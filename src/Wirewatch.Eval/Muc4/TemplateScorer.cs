using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Muc4;

/// <summary>
/// GTT's template metric: per document, predicted templates are matched one-to-one to gold templates (or left
/// unmatched) by trying every assignment and keeping the first with the best document F1. A matched pair needs the
/// predicted incident type to occur in the gold one; it then earns the incident type, and each predicted role entity
/// earns a point when all its mentions are mentions of one gold entity of that role (and each gold entity likewise for
/// recall). Unmatched templates only add to the denominators.
/// </summary>
public static class TemplateScorer
{
    public const string IncidentSlot = "incident_type";

    /// <param name="gold">Gold documents with <see cref="Muc4Document.Templates"/> (GTT form).</param>
    /// <param name="predictions">Predicted templates keyed by <see cref="Muc4DocKey.Of"/>.</param>
    public static Muc4Score Score(IReadOnlyList<Muc4Document> gold, IReadOnlyDictionary<string, IReadOnlyList<Muc4Template>> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var roles = Muc4Roles.All;
        int slots = roles.Count + 1;
        var totals = new double[slots, 4];
        foreach (var (key, goldTemplates) in GoldByKey(gold))
        {
            if (!predictions.TryGetValue(key, out var predicted))
            {
                throw new InputRejectedException("predictions", $"no prediction for document {key}.");
            }

            var p = new List<Normalized>(predicted.Count);
            foreach (var t in predicted)
            {
                p.Add(Normalized.Of(t.IncidentType ?? "attack", t.Roles, dropEmpty: false));
            }

            var best = BestAssignment(p, goldTemplates);
            for (int s = 0; s < slots; s++)
            {
                for (int k = 0; k < 4; k++)
                {
                    totals[s, k] += best[s, k];
                }
            }
        }

        var per = new List<KeyValuePair<string, Muc4Prf>>(slots);
        var all = new double[4];
        for (int s = 0; s < slots; s++)
        {
            per.Add(new(s == 0 ? IncidentSlot : roles[s - 1], Muc4Prf.From(totals[s, 0], totals[s, 1], totals[s, 2], totals[s, 3])));
            for (int k = 0; k < 4; k++)
            {
                all[k] += totals[s, k];
            }
        }

        return new Muc4Score(per, Muc4Prf.From(all[0], all[1], all[2], all[3]));
    }

    private static double[,] BestAssignment(List<Normalized> p, List<Normalized> g)
    {
        // Each predicted template takes a gold index or -1 (options 0..|G|-1 then -1; the last template varies fastest).
        int options = g.Count + 1;
        var combo = new int[p.Count];
        double[,]? best = null;
        double bestF = 0;
        var used = new bool[g.Count];
        while (true)
        {
            Array.Clear(used);
            bool valid = true;
            foreach (int c in combo)
            {
                int gi = c == g.Count ? -1 : c;
                if (gi >= 0)
                {
                    if (used[gi])
                    {
                        valid = false;
                        break;
                    }

                    used[gi] = true;
                }
            }

            if (valid)
            {
                var (counts, f) = Evaluate(combo, p, g);
                if (best is null || f > bestF)
                {
                    best = counts;
                    bestF = f;
                }
            }

            int pos = p.Count - 1;
            while (pos >= 0 && ++combo[pos] == options)
            {
                combo[pos] = 0;
                pos--;
            }

            if (pos < 0)
            {
                break;
            }
        }

        return best!;
    }

    private static (double[,] Counts, double F1) Evaluate(int[] combo, List<Normalized> p, List<Normalized> g)
    {
        int roles = Muc4Roles.All.Count;
        var ex = new double[roles + 1, 4];
        var matchedP = new bool[p.Count];
        var matchedG = new bool[g.Count];
        for (int pi = 0; pi < p.Count; pi++)
        {
            int gi = combo[pi] == g.Count ? -1 : combo[pi];
            if (gi == -1 || !g[gi].IncidentType.Contains(p[pi].IncidentType, StringComparison.Ordinal))
            {
                continue;
            }

            matchedP[pi] = true;
            matchedG[gi] = true;
            for (int k = 0; k < 4; k++)
            {
                ex[0, k] += 1;
            }

            for (int r = 0; r < roles; r++)
            {
                var pr = p[pi].Roles[r];
                var gr = g[gi].Roles[r];
                foreach (var ep in pr)
                {
                    ex[r + 1, 1] += 1;
                    if (AnyContainsAll(gr, ep))
                    {
                        ex[r + 1, 0] += 1;
                    }
                }

                foreach (var eg in gr)
                {
                    ex[r + 1, 3] += 1;
                    foreach (var ep in pr)
                    {
                        if (ContainsAll(eg, ep))
                        {
                            ex[r + 1, 2] += 1;
                            break;
                        }
                    }
                }
            }
        }

        for (int pi = 0; pi < p.Count; pi++)
        {
            if (!matchedP[pi])
            {
                ex[0, 1] += 1;
                for (int r = 0; r < roles; r++)
                {
                    ex[r + 1, 1] += p[pi].Roles[r].Count;
                }
            }
        }

        for (int gi = 0; gi < g.Count; gi++)
        {
            if (!matchedG[gi])
            {
                ex[0, 3] += 1;
                for (int r = 0; r < roles; r++)
                {
                    ex[r + 1, 3] += g[gi].Roles[r].Count;
                }
            }
        }

        var a = new double[4];
        for (int s = 0; s <= roles; s++)
        {
            for (int k = 0; k < 4; k++)
            {
                a[k] += ex[s, k];
            }
        }

        return (ex, Muc4Prf.From(a[0], a[1], a[2], a[3]).F1);
    }

    private static bool AnyContainsAll(List<List<string>> golds, List<string> predicted)
    {
        foreach (var eg in golds)
        {
            if (ContainsAll(eg, predicted))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAll(List<string> gold, List<string> predicted)
    {
        foreach (var m in predicted)
        {
            if (!CeafReeScorer.Contains(gold, m))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gold templates per key: empty entities dropped, exact duplicates (before normalisation) dropped, then normalised.</summary>
    private static List<(string Key, List<Normalized> Templates)> GoldByKey(IReadOnlyList<Muc4Document> gold)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<(string, List<Normalized>)>();
        foreach (var doc in gold)
        {
            var templates = doc.Templates ?? throw new InputRejectedException(doc.DocId, "the gold document has no 'templates' (GTT form expected).");
            var raw = new List<Normalized>();
            foreach (var t in templates)
            {
                var candidate = Normalized.Raw(t.IncidentType ?? string.Empty, t.Roles);
                bool seen = false;
                foreach (var r in raw)
                {
                    if (r.SameAs(candidate))
                    {
                        seen = true;
                        break;
                    }
                }

                if (!seen)
                {
                    raw.Add(candidate);
                }
            }

            var normalized = new List<Normalized>(raw.Count);
            foreach (var r in raw)
            {
                normalized.Add(r.WithNormalizedMentions());
            }

            var key = Muc4DocKey.Of(doc.DocId);
            if (index.TryGetValue(key, out int at))
            {
                list[at] = (key, normalized);
            }
            else
            {
                index[key] = list.Count;
                list.Add((key, normalized));
            }
        }

        return list;
    }

    private sealed class Normalized
    {
        private Normalized(string incidentType, List<List<string>>[] roles)
        {
            IncidentType = incidentType;
            Roles = roles;
        }

        public string IncidentType { get; }

        public List<List<string>>[] Roles { get; }

        public static Normalized Of(string incidentType, Muc4Extracts extracts, bool dropEmpty)
        {
            var raw = Build(incidentType, extracts, dropEmpty);
            return raw.WithNormalizedMentions();
        }

        public static Normalized Raw(string incidentType, Muc4Extracts extracts) => Build(incidentType, extracts, dropEmpty: true);

        public Normalized WithNormalizedMentions()
        {
            var roles = new List<List<string>>[Roles.Length];
            for (int r = 0; r < Roles.Length; r++)
            {
                roles[r] = CeafReeScorer.Normalize(Roles[r]);
            }

            return new Normalized(IncidentType, roles);
        }

        public bool SameAs(Normalized other)
        {
            if (!string.Equals(IncidentType, other.IncidentType, StringComparison.Ordinal))
            {
                return false;
            }

            for (int r = 0; r < Roles.Length; r++)
            {
                var a = Roles[r];
                var b = other.Roles[r];
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (int i = 0; i < a.Count; i++)
                {
                    if (!a[i].SequenceEqual(b[i], StringComparer.Ordinal))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static Normalized Build(string incidentType, Muc4Extracts extracts, bool dropEmpty)
        {
            var roles = new List<List<string>>[Muc4Roles.All.Count];
            for (int r = 0; r < roles.Length; r++)
            {
                var list = new List<List<string>>();
                foreach (var e in extracts[Muc4Roles.All[r]])
                {
                    if (!dropEmpty || e.Count > 0)
                    {
                        list.Add([.. e]);
                    }
                }

                roles[r] = list;
            }

            return new Normalized(incidentType, roles);
        }
    }
}

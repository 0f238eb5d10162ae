namespace Wirewatch.Events.Templates;

/// <summary>
/// Places gold mention strings on token spans (case-insensitive, whole tokens only) and writes BIO labels; where
/// candidates overlap, longer spans win, then earlier ones.
/// </summary>
internal static class RoleSpanAligner
{
    public static int[] Labels(RoleSequence seq, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> roles, RoleAlignment mode)
    {
        var text = seq.Text;
        var tokenAtStart = new int[text.Length + 1];
        var tokenAtEnd = new int[text.Length + 1];
        Array.Fill(tokenAtStart, -1);
        Array.Fill(tokenAtEnd, -1);
        for (int i = 0; i < seq.Count; i++)
        {
            tokenAtStart[seq.Starts[i]] = i;
            tokenAtEnd[seq.Ends[i]] = i;
        }

        var candidates = new List<(int Role, int First, int Last)>();
        for (int r = 0; r < TemplateRoles.All.Count; r++)
        {
            if (!roles.TryGetValue(TemplateRoles.All[r], out var entities))
            {
                continue;
            }

            foreach (var entity in entities)
            {
                foreach (var mention in entity)
                {
                    var m = mention.Trim();
                    if (m.Length == 0)
                    {
                        continue;
                    }

                    int from = 0;
                    while (from <= text.Length - m.Length)
                    {
                        int at = text.IndexOf(m, from, StringComparison.OrdinalIgnoreCase);
                        if (at < 0)
                        {
                            break;
                        }

                        int first = tokenAtStart[at], last = tokenAtEnd[at + m.Length];
                        if (first >= 0 && last >= first)
                        {
                            candidates.Add((r, first, last));
                            if (mode == RoleAlignment.First)
                            {
                                break;
                            }
                        }

                        from = at + 1;
                    }
                }
            }
        }

        candidates.Sort((a, b) =>
        {
            int c = (b.Last - b.First).CompareTo(a.Last - a.First);
            return c != 0 ? c : a.First.CompareTo(b.First);
        });
        var labels = new int[seq.Count];
        foreach (var (role, first, last) in candidates)
        {
            bool free = true;
            for (int i = first; i <= last && free; i++)
            {
                free = labels[i] == 0;
            }

            if (!free)
            {
                continue;
            }

            labels[first] = TemplateRoles.Begin(role);
            for (int i = first + 1; i <= last; i++)
            {
                labels[i] = TemplateRoles.Begin(role) + 1;
            }
        }

        return labels;
    }
}

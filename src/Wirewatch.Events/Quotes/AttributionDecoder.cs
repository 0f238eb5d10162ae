namespace Wirewatch.Events.Quotes;

/// <summary>
/// Chooses the contents of a document's cue tokens from their scored candidates: the best candidate of each cue, highest
/// scores first, none overlapping another's content or cue token, none touching what the rules took. Then one repair:
/// a cue that lost to a single earlier content takes its place when that content's cue has another candidate that
/// leaves room for both and the two together score more ("Critics argue [that A], [the president] has deemed [B]": the
/// long reading of "argue" swallows the second attribution).
/// </summary>
internal static class AttributionDecoder
{
    /// <summary>The chosen (score, candidate) pairs, highest score first.</summary>
    /// <param name="options">Per cue token, its candidates above the threshold, best first (no empty lists).</param>
    /// <param name="threshold">The score of choosing none.</param>
    /// <param name="taken">Tokens the rules already gave to a quote.</param>
    public static List<(float Score, AttributionCandidate Candidate)> Decode(List<List<(float Score, AttributionCandidate Candidate)>> options, float threshold, bool[] taken)
    {
        var order = new int[options.Count];
        for (int g = 0; g < order.Length; g++)
        {
            order[g] = g;
        }

        Array.Sort(order, (a, b) =>
        {
            float sa = options[a][0].Score, sb = options[b][0].Score;
            return sa != sb ? sb.CompareTo(sa) : options[a][0].Candidate.Cue.CompareTo(options[b][0].Candidate.Cue);
        });

        // owner[u]: -2 taken by the rules, -1 free, else the group whose cue or content holds u.
        var owner = new int[taken.Length];
        for (int u = 0; u < owner.Length; u++)
        {
            owner[u] = taken[u] ? -2 : -1;
        }

        var choice = new int[options.Count];
        Array.Fill(choice, -1);
        foreach (int g in order)
        {
            var best = options[g][0].Candidate;
            int holder = SoleOwner(owner, best);
            if (holder == -1)
            {
                Place(owner, best, g);
                choice[g] = 0;
                continue;
            }

            if (holder < 0)
            {
                Fallback(options[g], owner, choice, g);
                continue;
            }

            // Swap in the loser when the holder has another candidate that makes room and the total gains.
            var held = options[holder][choice[holder]];
            Place(owner, held.Candidate, -1);
            Place(owner, best, g);
            int alternative = -1;
            for (int i = 0; i < options[holder].Count && alternative < 0; i++)
            {
                if (i != choice[holder] && SoleOwner(owner, options[holder][i].Candidate) == -1)
                {
                    alternative = i;
                }
            }

            if (alternative >= 0 && options[holder][alternative].Score + options[g][0].Score - threshold > held.Score)
            {
                Place(owner, options[holder][alternative].Candidate, holder);
                choice[holder] = alternative;
                choice[g] = 0;
            }
            else
            {
                Place(owner, best, -1);
                Place(owner, held.Candidate, holder);
                Fallback(options[g], owner, choice, g);
            }
        }

        var chosen = new List<(float Score, AttributionCandidate Candidate)>();
        foreach (int g in order)
        {
            if (choice[g] >= 0)
            {
                chosen.Add(options[g][choice[g]]);
            }
        }

        chosen.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Candidate.Cue.CompareTo(b.Candidate.Cue));
        return chosen;
    }

    // A cue whose best content lost takes its next candidate that fits in what is left.
    private static void Fallback(List<(float Score, AttributionCandidate Candidate)> options, int[] owner, int[] choice, int g)
    {
        for (int i = 1; i < options.Count; i++)
        {
            if (SoleOwner(owner, options[i].Candidate) == -1)
            {
                Place(owner, options[i].Candidate, g);
                choice[g] = i;
                return;
            }
        }
    }

    // -1 when the candidate's cue and content are free; the one group holding all that is not free; -2 when the rules
    // hold some of it or several groups do.
    private static int SoleOwner(int[] owner, in AttributionCandidate c)
    {
        int holder = owner[c.Cue];
        if (holder == -2)
        {
            return -2;
        }

        for (int u = c.First; u <= c.Last; u++)
        {
            int o = owner[u];
            if (o == -2 || o >= 0 && holder >= 0 && o != holder)
            {
                return -2;
            }

            if (o >= 0)
            {
                holder = o;
            }
        }

        return holder;
    }

    private static void Place(int[] owner, in AttributionCandidate c, int group)
    {
        owner[c.Cue] = group;
        for (int u = c.First; u <= c.Last; u++)
        {
            owner[u] = group;
        }
    }
}

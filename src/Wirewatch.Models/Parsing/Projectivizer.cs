namespace Wirewatch.Models.Parsing;

/// <summary>
/// Makes a dependency tree projective by lifting: while an arc crosses another, the dependent of the shortest
/// non-projective arc is re-attached to its head's head (Nivre and Nilsson 2005, without label encoding). The
/// transition system can only build projective trees, so training trees are lifted first.
/// </summary>
public static class Projectivizer
{
    /// <summary>True when arc (head → dependent) is projective: the head dominates every word between them.</summary>
    /// <param name="heads">0-based head of each word, -1 for the root.</param>
    /// <param name="dependent">The dependent word (its head is <c>heads[dependent]</c>).</param>
    public static bool IsProjectiveArc(ReadOnlySpan<int> heads, int dependent)
    {
        int head = heads[dependent];
        if (head < 0)
        {
            // The artificial root dominates every word, so its arc never crosses another.
            return true;
        }

        int lo = Math.Min(head, dependent), hi = Math.Max(head, dependent);
        for (int k = lo + 1; k < hi; k++)
        {
            if (!Dominates(heads, head, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every arc of the tree is projective.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (int d = 0; d < heads.Length; d++)
        {
            if (!IsProjectiveArc(heads, d))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lifts arcs in place until the tree is projective; returns how many lifts it took.</summary>
    /// <param name="heads">0-based head of each word, -1 for the root; a tree (one root, no cycles).</param>
    public static int Lift(Span<int> heads)
    {
        int lifts = 0;
        while (true)
        {
            int shortest = -1, shortestLength = int.MaxValue;
            for (int d = 0; d < heads.Length; d++)
            {
                int h = heads[d];
                if (h < 0 || IsProjectiveArc(heads, d))
                {
                    continue;
                }

                int length = Math.Abs(h - d);
                if (length < shortestLength)
                {
                    shortest = d;
                    shortestLength = length;
                }
            }

            if (shortest < 0)
            {
                return lifts;
            }

            // The head of a non-projective arc is never the root word (it dominates the whole sentence), so the
            // lifted word gets a real head and the tree keeps one root.
            heads[shortest] = heads[heads[shortest]];
            lifts++;
        }
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int node)
    {
        for (int x = node, steps = 0; x >= 0 && steps <= heads.Length; x = heads[x], steps++)
        {
            if (x == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}

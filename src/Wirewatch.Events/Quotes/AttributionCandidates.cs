using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// Cuts the content candidates of one possible cue token from the parse: the subtrees of its clausal, object and
/// oblique children, its head clause without its own clause ("..., he said"), the sentence up to the comma before it
/// and the rest of the sentence after it. The learned model (<see cref="AttributionModel"/>) chooses among them.
/// </summary>
internal static class AttributionCandidates
{
    /// <summary>The longest content a candidate may have, in tokens (a run-away subtree is a parse error).</summary>
    public const int MaxLength = 150;

    /// <summary>True for the tokens that may be cues: verbs, nouns and adjectives outside quotations.</summary>
    public static bool IsCueToken(ParsedDocument p, int t) => p.Upos[t] is UniversalPos.VERB or UniversalPos.NOUN or UniversalPos.ADJ;

    /// <summary>Appends the candidates of cue <paramref name="t"/> to <paramref name="into"/> (no two with the same span).</summary>
    public static void Generate(ParsedDocument p, int t, List<AttributionCandidate> into)
    {
        int start = into.Count;
        int sentence = p.SentenceOf[t];
        int sFirst = p.Sentences.FirstToken(sentence), sEnd = p.Sentences.EndToken(sentence);
        bool nominal = p.Upos[t] is UniversalPos.NOUN;
        foreach (int c in p.Children(t))
        {
            var rel = p.BaseRelation(c);
            AttributionCandidateKind kind;
            if (rel.SequenceEqual("ccomp"))
            {
                kind = AttributionCandidateKind.Ccomp;
            }
            else if (rel.SequenceEqual("xcomp"))
            {
                kind = AttributionCandidateKind.Xcomp;
            }
            else if (rel.SequenceEqual("obj"))
            {
                kind = AttributionCandidateKind.Object;
            }
            else if (rel.SequenceEqual("obl") || rel.SequenceEqual("nmod") && p.Relations[c] != "nmod:poss")
            {
                kind = AttributionCandidateKind.Oblique;
            }
            else if (rel.SequenceEqual("advcl"))
            {
                kind = AttributionCandidateKind.Advcl;
            }
            else if (rel.SequenceEqual("parataxis"))
            {
                kind = AttributionCandidateKind.Parataxis;
            }
            else if (rel.SequenceEqual("csubj"))
            {
                kind = AttributionCandidateKind.ClausalSubject;
            }
            else if (p.Relations[c] == "nsubj:pass" || rel.SequenceEqual("nsubj") && p.Upos[t] == UniversalPos.ADJ)
            {
                // What is reported or judged: "[The registration issue] was first reported by The Post", "[The implication] is clear".
                kind = AttributionCandidateKind.Subject;
            }
            else if (nominal && rel.SequenceEqual("acl"))
            {
                kind = AttributionCandidateKind.NounClause;
            }
            else if (rel.SequenceEqual("iobj") || rel.SequenceEqual("dep") || rel.SequenceEqual("conj") && c > t)
            {
                kind = AttributionCandidateKind.OtherChild;
            }
            else
            {
                continue;
            }

            var (first, last) = p.Subtree(c);
            if (kind == AttributionCandidateKind.Oblique)
            {
                // The preposition belongs to the cue in PolNeAR ("called for", "support for").
                while (first < c && p.Relations[first] == "case" && p.Heads[first] == c)
                {
                    first++;
                }
            }

            Add(p, into, start, new AttributionCandidate(t, first, last, c, kind));
            if (kind is AttributionCandidateKind.Ccomp or AttributionCandidateKind.Xcomp or AttributionCandidateKind.Object or AttributionCandidateKind.Parataxis
                or AttributionCandidateKind.Oblique or AttributionCandidateKind.NounClause)
            {
                AddShort(p, into, start, t, c, first, last);
            }
        }

        // Everything the cue governs after it ("condemned [the test as a threat]"), whole and cut at loose clauses.
        var (_, cueLast) = p.Subtree(t);
        int right = t + 1;
        while (right <= cueLast && (p.Upos[right] == UniversalPos.PUNCT && !p.IsQuoteMark(right) || p.Relations[right] == "case" && p.Heads[right] != t && right == t + 1
            || p.Relations[right] is "compound:prt" or "advmod" && p.Heads[right] == t))
        {
            right++;
        }

        if (right < cueLast && CountChildrenAfter(p, t) >= 2)
        {
            Add(p, into, start, new AttributionCandidate(t, right, cueLast, -1, AttributionCandidateKind.RightSide));
            AddTailCuts(p, into, start, t, right, cueLast);
        }

        int head = p.Heads[t];
        if (head >= 0 && head < t && p.SentenceOf[head] == sentence)
        {
            var (first, last) = p.SubtreeWithout(head, t);
            if (last < t)
            {
                Add(p, into, start, new AttributionCandidate(t, first, last, head, AttributionCandidateKind.HeadClause));
            }
        }

        for (int u = t - 1; u > sFirst && u >= t - 6; u--)
        {
            if (p.Chars(u).SequenceEqual(","))
            {
                Add(p, into, start, new AttributionCandidate(t, sFirst, u - 1, -1, AttributionCandidateKind.BeforeComma));
                break;
            }
        }

        int rest = t + 1;
        while (rest < sEnd && (p.Chars(rest).SequenceEqual(":") || p.Chars(rest).SequenceEqual(",")))
        {
            rest++;
        }

        if (rest < sEnd - 1)
        {
            Add(p, into, start, new AttributionCandidate(t, rest, sEnd - 1, -1, AttributionCandidateKind.Rest));
            AddTailCuts(p, into, start, t, rest, sEnd - 1);
        }
    }

    // What follows the cue without its leading preposition ("criticism [of] X": PolNeAR leaves the preposition with the
    // cue), and that cut before its first comma, semicolon, parenthesis or dash outside quotation marks.
    private static void AddTailCuts(ParsedDocument p, List<AttributionCandidate> into, int start, int cue, int first, int last)
    {
        while (first < last && p.Upos[first] == UniversalPos.ADP)
        {
            first++;
        }

        Add(p, into, start, new AttributionCandidate(cue, first, last, -1, AttributionCandidateKind.TailCut));
        bool quoted = false;
        for (int u = first; u < last; u++)
        {
            if (p.IsQuoteMark(u))
            {
                quoted = !quoted;
            }
            else if (!quoted && u > first + 1 && IsBreak(p, u))
            {
                Add(p, into, start, new AttributionCandidate(cue, first, u - 1, -1, AttributionCandidateKind.TailCut));
                break;
            }
        }
    }

    private static bool IsBreak(ParsedDocument p, int u) =>
        p.Chars(u) is "," or ";" or "(" or "\u2014" or "--" || p.Chars(u) is "\u2013" or "-" && p.Upos[u] == UniversalPos.PUNCT;

    /// <summary>Removes the candidates that overlap tokens the rules already gave to a quote (decoding could not keep them).</summary>
    public static void RemoveTaken(List<AttributionCandidate> candidates, bool[] taken)
    {
        int kept = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            bool free = true;
            for (int u = c.First; u <= c.Last && free; u++)
            {
                free = !taken[u];
            }

            if (free)
            {
                candidates[kept++] = c;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    // The anchor's subtree cut before each loose later child (up to three) and before a semicolon, a parenthesis or a dash inside it.
    private static void AddShort(ParsedDocument p, List<AttributionCandidate> into, int start, int cue, int anchor, int first, int last)
    {
        int cuts = 0;
        int end = last;
        while (cuts < 3 && ShortEnd(p, anchor, end) is var shortLast && shortLast < end)
        {
            Add(p, into, start, new AttributionCandidate(cue, first, shortLast, anchor, AttributionCandidateKind.ShortClause));
            end = shortLast;
            cuts++;
        }

        for (int u = Math.Max(first + 2, anchor + 1); u < last; u++)
        {
            if (p.Chars(u) is ";" or "(" or "\u2014" or "--" || p.Chars(u) is "\u2013" or "-" && p.Upos[u] == UniversalPos.PUNCT)
            {
                Add(p, into, start, new AttributionCandidate(cue, first, u - 1, anchor, AttributionCandidateKind.ShortClause));
                break;
            }
        }

        // Cut before the first comma after the anchor outside a quotation (", compared with ...", ", after half said so"):
        // what trails a reported clause after a comma is often the reporter's addition, however the parse hangs it.
        bool quoted = false;
        for (int u = first; u < last; u++)
        {
            if (p.IsQuoteMark(u))
            {
                quoted = !quoted;
            }
            else if (!quoted && u > anchor + 1 && u > first + 2 && p.Chars(u).SequenceEqual(","))
            {
                Add(p, into, start, new AttributionCandidate(cue, first, u - 1, anchor, AttributionCandidateKind.ShortClause));
                break;
            }
        }
    }

    private static int CountChildrenAfter(ParsedDocument p, int t)
    {
        int n = 0;
        foreach (int c in p.Children(t))
        {
            if (c > t && p.Upos[c] != UniversalPos.PUNCT)
            {
                n++;
            }
        }

        return n;
    }

    // The end of the subtree of anchor (up to last) before its last later child that hangs loosely after a comma or a
    // conjunction (", which ...", "and said ...", ", adding ..."), or last when there is none.
    private static int ShortEnd(ParsedDocument p, int anchor, int last)
    {
        int cut = last;
        foreach (int d in p.Children(anchor))
        {
            if (d <= anchor || p.Subtree(d).First > last)
            {
                continue;
            }

            var rel = p.BaseRelation(d);
            bool loose = rel.SequenceEqual("conj") || rel.SequenceEqual("parataxis") || rel.SequenceEqual("advcl") || rel.SequenceEqual("appos")
                || p.Relations[d] == "acl:relcl";
            if (!loose)
            {
                continue;
            }

            int dFirst = p.Subtree(d).First;
            if (rel.SequenceEqual("advcl") && dFirst > anchor + 1 && dFirst - 1 < last && p.Relations[dFirst] == "mark" && p.Heads[dFirst] == d)
            {
                // A trailing subordinate clause ("... on Friday after prosecutors determined ...") needs no comma.
                cut = dFirst - 1;
                continue;
            }

            int before = dFirst - 1;
            while (before > anchor && p.Relations[before] == "cc")
            {
                before--;
            }

            if (before > anchor && before < last
                && (p.Chars(before).SequenceEqual(",") || p.Chars(before).SequenceEqual(";") || p.Relations[dFirst] == "cc" || before < dFirst - 1))
            {
                cut = before;
            }
        }

        return cut;
    }

    private static void Add(ParsedDocument p, List<AttributionCandidate> into, int start, AttributionCandidate candidate)
    {
        var (first, last) = p.TrimPunctuation(candidate.First, candidate.Last);
        if (first > last || last - first + 1 > MaxLength || first <= candidate.Cue && last >= candidate.Cue)
        {
            return;
        }

        for (int i = start; i < into.Count; i++)
        {
            if (into[i].First == first && into[i].Last == last)
            {
                return;
            }
        }

        into.Add(candidate with { First = first, Last = last });
    }
}

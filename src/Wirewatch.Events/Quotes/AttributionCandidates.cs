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
                && ShortEnd(p, c, last) is var shortLast && shortLast < last)
            {
                Add(p, into, start, new AttributionCandidate(t, first, shortLast, c, AttributionCandidateKind.ShortClause));
            }
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
        }
    }

    // The end of the subtree of anchor before its first later child that hangs loosely after a comma or a conjunction
    // (", which ...", "and said ...", ", adding ..."), or last when there is none.
    private static int ShortEnd(ParsedDocument p, int anchor, int last)
    {
        foreach (int d in p.Children(anchor))
        {
            if (d <= anchor)
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
            int before = dFirst - 1;
            while (before > anchor && p.Relations[before] == "cc")
            {
                before--;
            }

            if (before > anchor && (p.Chars(before).SequenceEqual(",") || p.Chars(before).SequenceEqual(";") || p.Relations[dFirst] == "cc" || before < dFirst - 1))
            {
                return before;
            }
        }

        return last;
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

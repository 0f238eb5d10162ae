using Wirewatch.Core.Documents;
using Wirewatch.Events.Quotes;
using Wirewatch.Models.Hashing;

namespace Wirewatch.Events.Relations;

/// <summary>
/// The hashed features of one candidate pair for <see cref="RelationModel"/>: the entity labels and actor sectors of
/// both mentions, how far apart they are and how many mentions lie between, the lemmas between them (and the first,
/// last and verb ones), the words just outside, the dependency path between their heads (relations, with and without
/// the lemmas on it, its length and the lemma where it turns), the heads' own relations, the head nouns of mentions that
/// are no names, and which rule pattern (if any) joins the pair and in which direction. Template ids are part of the model format: never renumber them.
/// </summary>
internal static class RelationFeatures
{
    /// <summary>Room for the features of one candidate.</summary>
    public const int MaxFeatures = 64;

    private const int MaxBetween = 12;
    private const int MaxPath = 8;

    private static readonly ulong[] T = FeatureHash.Templates(7200, 40);

    /// <summary>Writes the features of the pair into <paramref name="f"/>; returns how many.</summary>
    /// <param name="p">The parsed document.</param>
    /// <param name="a">The first mention.</param>
    /// <param name="b">The second mention.</param>
    /// <param name="rule">The rules' predicate index for this pair (<see cref="RelationClasses.PredicateIndex"/>) or -1.</param>
    /// <param name="ruleReversed">Whether the rule makes the second mention the subject.</param>
    /// <param name="between">How many other candidate mentions lie between the two.</param>
    /// <param name="f">Room for <see cref="MaxFeatures"/> features.</param>
    public static int Extract(ParsedDocument p, in RelationMention a, in RelationMention b, int rule, bool ruleReversed, int between, Span<ulong> f)
    {
        int n = 0;
        ulong la = Label(a);
        ulong lb = Label(b);
        ulong sa = Sector(p, a.Entity);
        ulong sb = Sector(p, b.Entity);
        int gap = b.First - a.Last - 1;
        ulong gapHash = FeatureHash.Int(Bucket(gap));
        ulong ruleHash = FeatureHash.Int(rule < 0 ? -1 : rule * 2 + (ruleReversed ? 1 : 0));

        f[n++] = FeatureHash.Combine(T[0], 0);
        f[n++] = FeatureHash.Combine(T[1], la, lb);
        f[n++] = FeatureHash.Combine(T[2], sa, sb);
        f[n++] = FeatureHash.Combine(T[3], la, sb);
        f[n++] = FeatureHash.Combine(T[4], sa, lb);
        f[n++] = FeatureHash.Combine(T[5], gapHash, la, lb);
        f[n++] = FeatureHash.Combine(T[6], FeatureHash.Int(Math.Min(between, 3)), gapHash);
        f[n++] = FeatureHash.Combine(T[7], ruleHash);
        f[n++] = FeatureHash.Combine(T[34], HeadWord(p, a), lb);
        f[n++] = FeatureHash.Combine(T[35], la, HeadWord(p, b));
        f[n++] = FeatureHash.Combine(T[36], HeadWord(p, a), HeadWord(p, b));
        f[n++] = FeatureHash.Combine(T[8], ruleHash, la, lb);

        // The words between: a bag of lemmas (the first and last few when there are many), the first and the last
        // word, the verbs, and the punctuation that separates clauses or lists.
        ulong firstWord = FeatureHash.Int(-1), lastWord = FeatureHash.Int(-1);
        int commas = 0;
        bool paren = false;
        if (gap > 0)
        {
            firstWord = FeatureHash.LowerChars(p.Chars(a.Last + 1));
            lastWord = FeatureHash.LowerChars(p.Chars(b.First - 1));
        }

        int bag = 0;
        for (int t = a.Last + 1; t < b.First; t++)
        {
            var chars = p.Chars(t);
            if (chars.SequenceEqual(","))
            {
                commas++;
            }
            else if (chars.SequenceEqual("(") || chars.SequenceEqual(")"))
            {
                paren = true;
            }

            bool edge = t - a.Last <= MaxBetween / 2 || b.First - t <= MaxBetween / 2;
            if (!edge || bag >= MaxBetween || p.Upos[t] is UniversalPos.DET or UniversalPos.PUNCT)
            {
                continue;
            }

            bag++;
            ulong lemma = FeatureHash.Chars(p.Lemma[t]);
            f[n++] = p.Upos[t] == UniversalPos.VERB
                ? FeatureHash.Combine(T[10], lemma, la, lb)
                : FeatureHash.Combine(T[9], lemma);
        }

        f[n++] = FeatureHash.Combine(T[11], firstWord);
        f[n++] = FeatureHash.Combine(T[12], lastWord);
        f[n++] = FeatureHash.Combine(T[13], firstWord, lastWord);
        f[n++] = FeatureHash.Combine(T[37], lastWord, HeadWord(p, b), HeadWord(p, a));
        f[n++] = FeatureHash.Combine(T[14], lastWord, lb);
        f[n++] = FeatureHash.Combine(T[15], firstWord, la);
        f[n++] = FeatureHash.Combine(T[16], FeatureHash.Int(Math.Min(commas, 3) + (paren ? 4 : 0)), gapHash);

        // The words just outside the pair ("leader of", "in" after a place).
        int sentenceFirst = p.Sentences.FirstToken(p.SentenceOf[a.First]);
        int sentenceEnd = p.Sentences.EndToken(p.SentenceOf[a.First]);
        ulong before = a.First > sentenceFirst ? FeatureHash.LowerChars(p.Chars(a.First - 1)) : FeatureHash.Int(-1);
        ulong after = b.Last + 1 < sentenceEnd ? FeatureHash.LowerChars(p.Chars(b.Last + 1)) : FeatureHash.Int(-1);
        f[n++] = FeatureHash.Combine(T[17], before, la);
        f[n++] = FeatureHash.Combine(T[18], after, lb);

        // The heads' own relations in the parse (subject, object, nominal modifier, apposition, ...).
        ulong ra = FeatureHash.Chars(p.Relations[a.Head]);
        ulong rb = FeatureHash.Chars(p.Relations[b.Head]);
        f[n++] = FeatureHash.Combine(T[19], ra, rb);
        f[n++] = FeatureHash.Combine(T[20], ra, la);
        f[n++] = FeatureHash.Combine(T[21], rb, lb);

        // The dependency path between the heads: up from A to where the paths meet, then down to B.
        n += PathFeatures(p, a.Head, b.Head, la, lb, f[n..]);
        return n;
    }

    private static int PathFeatures(ParsedDocument p, int from, int to, ulong la, ulong lb, Span<ulong> f)
    {
        Span<int> up = stackalloc int[MaxPath + 1];
        int ups = 0;
        for (int t = from; t >= 0 && ups <= MaxPath; t = p.Heads[t])
        {
            up[ups++] = t;
        }

        Span<int> down = stackalloc int[MaxPath + 1];
        int downs = 0, meet = -1;
        for (int t = to; t >= 0 && downs <= MaxPath; t = p.Heads[t])
        {
            int i = up[..ups].IndexOf(t);
            if (i >= 0)
            {
                meet = i;
                break;
            }

            down[downs++] = t;
        }

        int n = 0;
        if (meet < 0)
        {
            f[n++] = FeatureHash.Combine(T[22], la, lb);
            return n;
        }

        // Relations: every token below the meeting point contributes its relation; lemmas of the tokens strictly inside.
        ulong rels = FeatureHash.Int(meet), relsLemmas = FeatureHash.Int(meet);
        for (int i = 0; i < meet; i++)
        {
            ulong rel = FeatureHash.Chars(p.BaseRelation(up[i]));
            rels = FeatureHash.Combine(T[23], rels, rel);
            relsLemmas = FeatureHash.Combine(T[23], relsLemmas, rel);
            if (i > 0)
            {
                relsLemmas = FeatureHash.Combine(T[24], relsLemmas, FeatureHash.Chars(p.Lemma[up[i]]));
                f[n++] = FeatureHash.Combine(T[25], FeatureHash.Chars(p.Lemma[up[i]]));
            }
        }

        int top = up[meet];
        ulong topLemma = FeatureHash.Chars(p.Lemma[top]);
        if (top != from && top != to)
        {
            relsLemmas = FeatureHash.Combine(T[24], relsLemmas, topLemma);
        }

        for (int i = downs - 1; i >= 0; i--)
        {
            ulong rel = FeatureHash.Chars(p.BaseRelation(down[i]));
            rels = FeatureHash.Combine(T[26], rels, rel);
            relsLemmas = FeatureHash.Combine(T[26], relsLemmas, rel);
            if (i > 0)
            {
                relsLemmas = FeatureHash.Combine(T[24], relsLemmas, FeatureHash.Chars(p.Lemma[down[i]]));
                f[n++] = FeatureHash.Combine(T[25], FeatureHash.Chars(p.Lemma[down[i]]));
            }
        }

        int length = meet + downs;
        ulong lengthHash = FeatureHash.Int(Math.Min(length, 6));
        f[n++] = FeatureHash.Combine(T[27], rels);
        f[n++] = FeatureHash.Combine(T[28], relsLemmas);
        f[n++] = FeatureHash.Combine(T[29], rels, la, lb);
        f[n++] = FeatureHash.Combine(T[30], lengthHash, la, lb);
        f[n++] = FeatureHash.Combine(T[31], topLemma, FeatureHash.Int(top == from ? 1 : top == to ? 2 : 0));
        f[n++] = FeatureHash.Combine(T[32], topLemma, la, lb);
        f[n++] = FeatureHash.Combine(T[33], FeatureHash.Int((int)p.Upos[top]), lengthHash);
        return n;
    }

    // Names by their entity label; nominals and pronouns by their kind (their head word says the rest).
    private static ulong Label(in RelationMention m) =>
        m.Kind == RelationMentionKind.Name ? FeatureHash.Int((int)m.Label) : FeatureHash.Int(100 + (int)m.Kind);

    private static ulong HeadWord(ParsedDocument p, in RelationMention m) =>
        m.Kind == RelationMentionKind.Name ? FeatureHash.Int(-1) : FeatureHash.Chars(p.Lemma[m.Head]);

    private static ulong Sector(ParsedDocument p, int entity) =>
        entity >= 0 && p.Entities is not null && p.Entities.Entities[entity].Sector is { Length: > 0 } sector
            ? FeatureHash.Chars(sector)
            : FeatureHash.Int(-1);

    private static int Bucket(int gap) => gap switch
    {
        <= 0 => 0,
        1 => 1,
        2 => 2,
        <= 4 => 3,
        <= 8 => 4,
        <= 16 => 5,
        _ => 6,
    };
}

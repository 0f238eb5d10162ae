using Wirewatch.Core.Documents;
using Wirewatch.Entities;
using Wirewatch.Events.Quotes;

namespace Wirewatch.Events.Relations;

/// <summary>
/// The pairs the learned relation model scores: two mentions of one sentence with at most <see cref="MaxGap"/> tokens
/// between them, no quotation mark between them, and not of the same entity. Mentions are names of people, organisations, places or groups (PER, ORG, GPE,
/// LOC, FAC, NORP), noun phrases headed by a common noun that is a subject, object, oblique, nominal modifier, apposition
/// or conjunct (re3d's arguments are often "Soldiers", "enemy fighters"), and the pronouns he, she, we and they.
/// </summary>
internal static class RelationCandidates
{
    /// <summary>The most tokens between the two mentions of a pair (farther pairs are rarely related in re3d and cost time).</summary>
    public const int MaxGap = 24;

    /// <summary>The document's mentions that can be arguments, in text order.</summary>
    public static List<RelationMention> Mentions(ParsedDocument p)
    {
        var result = new List<RelationMention>();
        if (p.Entities is null)
        {
            return result;
        }

        foreach (var m in p.Entities.Mentions)
        {
            if (m.Label is not (EntityLabel.PER or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC or EntityLabel.NORP)
                || m.EndToken <= m.FirstToken || m.EndToken > p.Count)
            {
                continue;
            }

            int first = m.FirstToken, last = m.EndToken - 1;
            result.Add(new RelationMention(first, last, HeadOf(p, first, last), m.Entity, m.Label, RelationMentionKind.Name));
        }

        for (int t = 0; t < p.Count; t++)
        {
            if (p.Entities.EntityOfToken(t) >= 0)
            {
                continue;
            }

            if (p.Upos[t] == UniversalPos.PRON && p.Lemma[t] is "he" or "she" or "we" or "they")
            {
                result.Add(new RelationMention(t, t, t, -1, EntityLabel.MISC, RelationMentionKind.Pronoun));
            }
            else if (p.Upos[t] == UniversalPos.NOUN && IsArgument(p.BaseRelation(t)))
            {
                // A name inside the phrase is a mention of its own: "ISIL fighters" is "fighters" after "ISIL", so
                // that the two can be paired (re3d: fighters BelongsTo ISIL).
                var (first, last) = p.CorePhrase(t);
                for (int u = first; u < t; u++)
                {
                    if (p.Entities.EntityOfToken(u) >= 0)
                    {
                        first = u + 1;
                    }
                }

                (first, last) = p.TrimPunctuation(first, last);
                if (first <= t && t <= last)
                {
                    result.Add(new RelationMention(first, last, t, -1, EntityLabel.MISC, RelationMentionKind.Nominal));
                }
            }
        }

        result.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.Last.CompareTo(y.Last));
        return result;
    }

    /// <summary>Adds the candidate pairs over <paramref name="mentions"/> to <paramref name="result"/>, in text order.</summary>
    public static void Generate(ParsedDocument p, List<RelationMention> mentions, List<RelationCandidate> result)
    {
        // quotes[t]: quotation marks before token t. A pair with a quotation mark between joins words of a quote with
        // words outside it ("... the Corinthia," said X of Y): the speaker's frame is no evidence for the quote's content.
        var quotes = new int[p.Count + 1];
        for (int t = 0; t < p.Count; t++)
        {
            quotes[t + 1] = quotes[t] + (p.IsQuoteMark(t) ? 1 : 0);
        }

        for (int a = 0; a < mentions.Count; a++)
        {
            var ma = mentions[a];
            for (int b = a + 1; b < mentions.Count; b++)
            {
                var mb = mentions[b];
                if (mb.First <= ma.Last)
                {
                    continue;
                }

                if (p.SentenceOf[mb.First] != p.SentenceOf[ma.First] || mb.First - ma.Last - 1 > MaxGap)
                {
                    break;
                }

                if (quotes[mb.First] != quotes[ma.Last + 1])
                {
                    continue;
                }

                if (mb.Entity != ma.Entity || ma.Entity < 0)
                {
                    result.Add(new RelationCandidate(a, b));
                }
            }
        }
    }

    private static bool IsArgument(ReadOnlySpan<char> relation) =>
        relation.SequenceEqual("nsubj") || relation.SequenceEqual("obj") || relation.SequenceEqual("obl") || relation.SequenceEqual("nmod")
        || relation.SequenceEqual("appos") || relation.SequenceEqual("conj") || relation.SequenceEqual("root") || relation.SequenceEqual("iobj");

    // The mention's token whose head lies outside it (the first such), else its last token.
    private static int HeadOf(ParsedDocument p, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            int h = p.Heads[t];
            if (h < first || h > last)
            {
                return t;
            }
        }

        return last;
    }
}

using Wirewatch.Core.Documents;
using Wirewatch.Entities;
using Wirewatch.Events.Quotes;

namespace Wirewatch.Events.Relations;

/// <summary>
/// Finds relations between actors with the patterns of <see cref="RelationPatternSet"/>: the matched words are the
/// evidence, the subject comes from the parse around the first word, the object is the phrase after the last word.
/// A relation inside a quote's content is <c>reported</c>; one in a sentence that alleges or blames is <c>alleged</c>.
/// Pure function of the document; thread-safe.
/// </summary>
public sealed class RelationExtractor
{
    private const int MaxObjectDistance = 6;

    public RelationExtractor(RelationPatternSet patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;
    }

    public RelationPatternSet Patterns { get; }

    /// <summary>Relations in text order; <paramref name="quotes"/> (may be empty) decides which are reported.</summary>
    public IReadOnlyList<ActorRelation> Extract(Document document, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(new ParsedDocument(document), quotes);
    }

    internal List<ActorRelation> Extract(ParsedDocument p, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var relations = new List<ActorRelation>();
        var covered = new HashSet<(int, int, string)>();
        for (int t = 0; t < p.Count; t++)
        {
            foreach (var pattern in Patterns.Patterns)
            {
                var found = pattern.Match switch
                {
                    RelationMatchKind.Phrase => MatchPhrase(p, t, pattern),
                    RelationMatchKind.Suffix => MatchSuffix(p, t, pattern),
                    _ => MatchOrganizationInPlace(p, t, pattern),
                };
                if (found is not { } r)
                {
                    continue;
                }

                if (r.SubjectLast >= r.ObjectFirst && r.SubjectFirst <= r.ObjectLast)
                {
                    continue;
                }

                var subject = Argument(p, r.SubjectHead, r.SubjectFirst, r.SubjectLast);
                if (pattern.PersonSubject && !IsPerson(p, r.SubjectFirst, r.SubjectLast))
                {
                    continue;
                }

                if (!covered.Add((r.SubjectFirst, r.ObjectFirst, pattern.Predicate)))
                {
                    continue;
                }

                var obj = Argument(p, r.ObjectFirst, r.ObjectFirst, r.ObjectLast);
                var evidence = new TextSpan(p.Start(r.EvidenceFirst), p.End(r.EvidenceLast));
                relations.Add(new ActorRelation(subject, pattern.Predicate, obj, evidence, Status(p, r.EvidenceFirst, evidence, quotes),
                    $"pattern {pattern.Predicate} '{string.Join(' ', pattern.Words)}'"));
            }
        }

        return relations;
    }

    private readonly record struct Found(int SubjectHead, int SubjectFirst, int SubjectLast, int ObjectFirst, int ObjectLast, int EvidenceFirst, int EvidenceLast);

    private static bool WordMatches(ParsedDocument p, int t, string word) =>
        p.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase) || p.Lemma[t] == word;

    private static Found? MatchPhrase(ParsedDocument p, int t, RelationPattern pattern)
    {
        var words = pattern.Words;
        if (t + words.Count > p.Count)
        {
            return null;
        }

        int sentence = p.SentenceOf[t];
        for (int i = 0; i < words.Count; i++)
        {
            if (p.SentenceOf[t + i] != sentence || !WordMatches(p, t + i, words[i]))
            {
                return null;
            }
        }

        int last = t + words.Count - 1;
        var (of, ol) = ObjectAfter(p, last + 1);
        if (of < 0)
        {
            return null;
        }

        int subject = SubjectOf(p, t);
        if (subject < 0)
        {
            return null;
        }

        var (sf, sl) = Phrase(p, subject);
        return new Found(subject, sf, sl, of, ol, t, last);
    }

    // "al Qaeda-linked groups": tokens "Qaeda" "-" "linked" (or one token "Qaeda-linked") before the modified noun.
    private static Found? MatchSuffix(ParsedDocument p, int t, RelationPattern pattern)
    {
        var word = pattern.Words[0];
        var chars = p.Chars(t);
        int objectLast;
        if (chars.Equals(word, StringComparison.OrdinalIgnoreCase) && t >= 2 && p.Chars(t - 1).SequenceEqual("-")
            && p.End(t - 2) == p.Start(t - 1) && p.End(t - 1) == p.Start(t))
        {
            objectLast = t - 2;
        }
        else
        {
            return null;
        }

        int objectFirst = objectLast;
        if (p.Entities is not null && p.Entities.EntityOfToken(objectLast) is var e && e >= 0)
        {
            while (objectFirst > 0 && p.Entities.EntityOfToken(objectFirst - 1) == e)
            {
                objectFirst--;
            }
        }
        else if (p.Upos[objectLast] is not (UniversalPos.PROPN or UniversalPos.NOUN))
        {
            return null;
        }

        // The modified noun: the head of the modifier when it follows, else the next noun.
        int head = -1;
        int end = p.Sentences.EndToken(p.SentenceOf[t]);
        for (int u = t + 1; u < end && u <= t + 4; u++)
        {
            if (p.Upos[u] is UniversalPos.NOUN or UniversalPos.PROPN)
            {
                head = u;
                while (head + 1 < end && p.Upos[head + 1] is UniversalPos.NOUN && p.Relations[head] == "compound")
                {
                    head++;
                }

                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        return new Found(head, t + 1, head, objectFirst, objectLast, objectFirst, t);
    }

    private static Found? MatchOrganizationInPlace(ParsedDocument p, int t, RelationPattern pattern)
    {
        if (p.Entities is null || t + 2 >= p.Count || !WordMatches(p, t + 1, pattern.Words[0]))
        {
            return null;
        }

        int org = p.Entities.EntityOfToken(t);
        int place = p.Entities.EntityOfToken(t + 2);
        if (org < 0 || place < 0 || p.Entities.EntityOfToken(t + 1) == org
            || p.Entities.Entities[org].Label != EntityLabel.ORG || p.Entities.Entities[place].Label != EntityLabel.GPE)
        {
            return null;
        }

        int of = t;
        while (of > 0 && p.Entities.EntityOfToken(of - 1) == org)
        {
            of--;
        }

        int pl = t + 2;
        while (pl + 1 < p.Count && p.Entities.EntityOfToken(pl + 1) == place)
        {
            pl++;
        }

        return new Found(t, of, t, t + 2, pl, of, pl);
    }

    // The object: the first actor entity or noun phrase within a few tokens after the pattern, in the same sentence.
    private static (int First, int Last) ObjectAfter(ParsedDocument p, int start)
    {
        if (start >= p.Count)
        {
            return (-1, -1);
        }

        int end = p.Sentences.EndToken(p.SentenceOf[start - 1 >= 0 ? start - 1 : 0]);
        for (int u = start; u < end && u < start + MaxObjectDistance; u++)
        {
            int e = p.Entities?.EntityOfToken(u) ?? -1;
            if (p.IsActorEntity(e))
            {
                int last = u;
                while (last + 1 < end && p.Entities!.EntityOfToken(last + 1) == e)
                {
                    last++;
                }

                return (u, last);
            }

            if (p.Upos[u] is UniversalPos.NOUN or UniversalPos.PROPN)
            {
                int head = u;
                while (p.Heads[head] > head && p.Heads[head] < end && p.Relations[head] is "compound" or "amod" or "flat")
                {
                    head = p.Heads[head];
                }

                var (f, l) = p.CorePhrase(head);
                return (Math.Max(f, start), l);
            }

            if (p.Upos[u] is UniversalPos.VERB or UniversalPos.PUNCT or UniversalPos.AUX)
            {
                break;
            }
        }

        return (-1, -1);
    }

    // The subject of the relation, from the parse around the pattern's first word.
    private static int SubjectOf(ParsedDocument p, int first)
    {
        int t = first;
        for (int depth = 0; depth < 4 && t >= 0; depth++)
        {
            var rel = p.BaseRelation(t);
            int subject = p.Child(t, "nsubj");
            if (subject >= 0 && subject != first)
            {
                return subject;
            }

            int head = p.Heads[t];
            if (head < 0)
            {
                return -1;
            }

            if (rel.SequenceEqual("appos") || rel.SequenceEqual("acl") || rel.SequenceEqual("amod"))
            {
                return SpeakerFinder.IsNominal(p.Upos[head]) ? head : -1;
            }

            if (rel.SequenceEqual("obj") || rel.SequenceEqual("obl") || rel.SequenceEqual("xcomp") || rel.SequenceEqual("conj")
                || rel.SequenceEqual("case") || rel.SequenceEqual("advcl") || rel.SequenceEqual("mark"))
            {
                t = head;
                continue;
            }

            return -1;
        }

        return -1;
    }

    private static (int First, int Last) Phrase(ParsedDocument p, int head) =>
        p.Upos[head] == UniversalPos.PRON ? (head, head) : p.CorePhrase(head);

    private static RelationArgument Argument(ParsedDocument p, int head, int first, int last)
    {
        int entity = p.Upos[head] == UniversalPos.PRON ? SpeakerFinder.ResolvePronoun(p, head) : p.EntityIn(first, last, head);
        string? canonical = null, id = null;
        if (entity >= 0 && p.Entities is not null)
        {
            canonical = p.Entities.Entities[entity].Canonical;
            id = p.Entities.Entities[entity].EntityId;
        }

        return new RelationArgument(p.Text[p.Start(first)..p.End(last)], p.Start(first), p.End(last), canonical, id);
    }

    private static bool IsPerson(ParsedDocument p, int first, int last)
    {
        if (p.Entities is null)
        {
            return false;
        }

        for (int t = first; t <= last; t++)
        {
            int e = p.Entities.EntityOfToken(t);
            if (e >= 0 && p.Entities.Entities[e].Label == EntityLabel.PER)
            {
                return true;
            }
        }

        return false;
    }

    private static string Status(ParsedDocument p, int evidenceToken, TextSpan evidence, IReadOnlyList<Quote> quotes)
    {
        int sentence = p.SentenceOf[evidenceToken];
        for (int t = p.Sentences.FirstToken(sentence); t < p.Sentences.EndToken(sentence); t++)
        {
            if (p.Lemma[t] is "allege" or "allegedly" or "blame" or "accuse" or "suspect" or "purportedly")
            {
                return "alleged";
            }
        }

        foreach (var q in quotes)
        {
            if (q.Content.Start <= evidence.Start && evidence.End <= q.Content.End)
            {
                return "reported";
            }
        }

        for (int t = p.Sentences.FirstToken(sentence); t < p.Sentences.EndToken(sentence); t++)
        {
            if (p.Lemma[t] is "reportedly" or "reported")
            {
                return "reported";
            }
        }

        return "asserted";
    }
}

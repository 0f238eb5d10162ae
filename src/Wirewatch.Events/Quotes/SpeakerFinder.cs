using Wirewatch.Core.Documents;
using Wirewatch.Entities;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// Finds the speaker of a cue from the parse: the cue's subject (or, for "saying", "declaring" and relative clauses, the
/// subject or noun above it), its core noun phrase, descriptor and entity; pronouns go to the nearest preceding
/// compatible entity.
/// </summary>
internal static class SpeakerFinder
{
    /// <summary>The head token of the speaker of <paramref name="cue"/>, or -1.</summary>
    public static int SpeakerHead(ParsedDocument p, int cue) => SpeakerHead(p, cue, -1, -1);

    /// <summary>
    /// The head token of the speaker of <paramref name="cue"/> outside its content <c>[contentFirst, contentLast]</c>, or
    /// -1: the walk up from the cue stops at the content ("It was a place ...," said X: "place" is no speaker).
    /// </summary>
    public static int SpeakerHead(ParsedDocument p, int cue, int contentFirst, int contentLast)
    {
        int t = cue;
        for (int depth = 0; depth < 4 && t >= 0; depth++)
        {
            int subject = p.Child(t, "nsubj");
            if (subject >= contentFirst && subject <= contentLast && contentFirst >= 0)
            {
                break;
            }

            if (subject >= 0)
            {
                var lemma = p.Lemma[subject];
                if (lemma is "who" or "which" or "that" && p.Relations[t].StartsWith("acl", StringComparison.Ordinal) && p.Heads[t] >= 0)
                {
                    return p.Heads[t];
                }

                return subject;
            }

            var rel = p.BaseRelation(t);
            int head = p.Heads[t];
            if (head < 0)
            {
                break;
            }

            if (rel.SequenceEqual("acl") && IsNominal(p.Upos[head]))
            {
                return head;
            }

            if (!(rel.SequenceEqual("conj") || rel.SequenceEqual("advcl") || rel.SequenceEqual("xcomp") || rel.SequenceEqual("parataxis")))
            {
                break;
            }

            if (head >= contentFirst && head <= contentLast && contentFirst >= 0)
            {
                break;
            }

            t = head;
        }

        // Inverted order the parser missed: "..., said Hassan Hassan".
        int sentenceEnd = p.Sentences.EndToken(p.SentenceOf[cue]);
        for (int u = cue + 1; u < sentenceEnd && u <= cue + 3; u++)
        {
            if (u >= contentFirst && u <= contentLast && contentFirst >= 0)
            {
                break;
            }

            if (IsDate(p, u))
            {
                // "said Tuesday", "said on Monday".
                continue;
            }

            if (p.Upos[u] is UniversalPos.PROPN or UniversalPos.NOUN)
            {
                // A name ends at the end of its entity mention, whatever the parser hung it on.
                int named = p.Entities?.EntityOfToken(u) ?? -1;
                if (named >= 0)
                {
                    int end2 = u;
                    while (end2 + 1 < sentenceEnd && p.Entities!.EntityOfToken(end2 + 1) == named)
                    {
                        end2++;
                    }

                    return end2;
                }

                int h = u;
                while (p.Heads[h] > h && p.Heads[h] < sentenceEnd && (p.Relations[h] is "compound" or "amod" or "det" or "flat"))
                {
                    h = p.Heads[h];
                }

                return h;
            }

            if (p.Upos[u] is not (UniversalPos.DET or UniversalPos.ADJ))
            {
                break;
            }
        }

        return -1;
    }

    private static bool IsDate(ParsedDocument p, int t)
    {
        int e = p.Entities?.EntityOfToken(t) ?? -1;
        return e >= 0 && p.Entities!.Entities[e].Label is EntityLabel.DATE or EntityLabel.TIME || p.Lemma[t] is "on" && t + 1 < p.Count && IsDate(p, t + 1);
    }

    public static bool IsNominal(UniversalPos pos) => pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON;

    /// <summary>The speaker whose head token is <paramref name="head"/>: text span, entity, descriptor.</summary>
    public static (QuoteSpeaker Speaker, int First, int Last) Describe(ParsedDocument p, int head)
    {
        var text = p.Text;
        if (p.Upos[head] == UniversalPos.PRON)
        {
            int resolved = ResolvePronoun(p, head);
            string? canonical = null, id = null;
            if (resolved >= 0 && p.Entities is not null)
            {
                var resolvedEntity = p.Entities.Entities[resolved];
                canonical = resolvedEntity.Canonical;
                id = resolvedEntity.EntityId;
            }

            return (new QuoteSpeaker(text[p.Start(head)..p.End(head)], p.Start(head), p.End(head), canonical, id, null), head, head);
        }

        var (first, last) = p.CorePhrase(head);
        string? descriptor = null;
        foreach (int c in p.Children(head))
        {
            if (c <= last)
            {
                continue;
            }

            var rel = p.Relations[c];
            if (rel is "appos" or "acl:relcl" or "acl" || rel == "nmod" && HasCase(p, c))
            {
                var (df, dl) = p.TrimPunctuation(p.Subtree(c).First, p.Subtree(c).Last);
                if (rel is "appos" && df <= dl && p.Lemma[df] is "who")
                {
                    df++;
                }

                if (df <= dl)
                {
                    descriptor = text[p.Start(df)..p.End(dl)];
                }

                break;
            }
        }

        int entity = SpeakerEntity(p, first, last, head);
        string? canon = null, entityId = null;
        if (entity >= 0 && p.Entities is not null)
        {
            var e = p.Entities.Entities[entity];
            canon = e.Canonical;
            entityId = e.EntityId;
            descriptor ??= Following(p, last);
            if (descriptor is null && e.Label == EntityLabel.PER)
            {
                descriptor = Title(p, first, last, entity);
            }
        }

        return (new QuoteSpeaker(text[p.Start(first)..p.End(last)], p.Start(first), p.End(last), canon, entityId, descriptor), first, last);
    }

    // The words after a name whatever the parse says: ", North Africa specialist and ..." or "at the Institute for ...",
    // up to the next comma or the end of the sentence.
    private static string? Following(ParsedDocument p, int last)
    {
        int end = p.Sentences.EndToken(p.SentenceOf[last]);
        int start = last + 1;
        if (start >= end)
        {
            return null;
        }

        if (p.Chars(start).SequenceEqual(","))
        {
            start++;
        }
        else if (!(p.Upos[start] == UniversalPos.ADP && p.Lemma[start] is "at" or "of" or "from" or "with"))
        {
            return null;
        }

        if (start >= end || p.Upos[start] is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.DET or UniversalPos.ADP or UniversalPos.PRON))
        {
            return null;
        }

        int stop = start;
        while (stop + 1 < end && !p.Chars(stop + 1).SequenceEqual(",") && !p.IsQuoteMark(stop + 1) && stop - start < 20)
        {
            stop++;
        }

        var (f, l) = p.TrimPunctuation(start, stop);
        return f <= l && l - f < 20 ? p.Text[p.Start(f)..p.End(l)] : null;
    }

    // The head's own entity, else a person or organisation named in the phrase ("a senior Egyptian security source" is no Egypt).
    private static int SpeakerEntity(ParsedDocument p, int first, int last, int head)
    {
        if (p.Entities is null)
        {
            return -1;
        }

        int own = p.Entities.EntityOfToken(head);
        if (p.IsActorEntity(own))
        {
            return own;
        }

        for (int t = first; t <= last; t++)
        {
            int e = p.Entities.EntityOfToken(t);
            if (e >= 0 && p.Entities.Entities[e].Label is EntityLabel.PER or EntityLabel.ORG)
            {
                return e;
            }
        }

        return -1;
    }

    private static bool HasCase(ParsedDocument p, int nominal)
    {
        foreach (int c in p.Children(nominal))
        {
            if (p.Relations[c] == "case" && p.Lemma[c] is "at" or "of" or "from" or "with" or "for" or "in")
            {
                return true;
            }
        }

        return false;
    }

    // "General David Rodriguez": the words before the name, determiners left out.
    private static string? Title(ParsedDocument p, int first, int last, int entity)
    {
        int nameStart = first;
        while (nameStart <= last && p.Entities!.EntityOfToken(nameStart) != entity)
        {
            nameStart++;
        }

        int titleStart = first;
        while (titleStart < nameStart && p.Upos[titleStart] == UniversalPos.DET)
        {
            titleStart++;
        }

        return titleStart < nameStart ? p.Text[p.Start(titleStart)..p.End(nameStart - 1)] : null;
    }

    /// <summary>The entity a pronoun refers to: the nearest preceding mention of a compatible label, or -1.</summary>
    public static int ResolvePronoun(ParsedDocument p, int pronoun)
    {
        if (p.Entities is null)
        {
            return -1;
        }

        var word = p.Lemma[pronoun];
        bool person = word is "he" or "she" or "him" or "her" or "his";
        bool group = word is "they" or "them" or "their" or "we" or "it" or "its";
        if (!person && !group)
        {
            return -1;
        }

        int start = p.Start(pronoun);
        int sentence = p.SentenceOf[pronoun];
        var mentions = p.Entities.Mentions;
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End > start)
            {
                continue;
            }

            if (p.SentenceOf[m.FirstToken] < sentence - (person ? 4 : 2))
            {
                break;
            }

            var label = m.Label;
            bool compatible = person ? label == EntityLabel.PER : label is EntityLabel.ORG or EntityLabel.NORP || label == EntityLabel.GPE && word is "it" or "its";
            if (compatible)
            {
                // Groups are resolved only to a subject: "they" after "Residents ... were wary" is not the militants.
                if (person || IsSubject(p, m.FirstToken, m.EndToken))
                {
                    return m.Entity;
                }
            }
        }

        return -1;
    }

    private static bool IsSubject(ParsedDocument p, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (p.BaseRelation(t).SequenceEqual("nsubj"))
            {
                return true;
            }
        }

        return false;
    }
}

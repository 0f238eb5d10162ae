using Wirewatch.Core.Documents;
using Wirewatch.Entities;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The parse of one document in flat arrays (tags, lowercase lemmas, heads, relations, children) so that the quote and
/// relation rules can walk it cheaply. Built once per document; read-only afterwards.
/// </summary>
internal sealed class ParsedDocument
{
    private readonly DependencyLayer _deps;

    public ParsedDocument(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.TokenLayer;
        Sentences = document.SentenceLayer;
        var tags = document.Get<TagLayer>(LayerKind.Tags);
        var lemmas = document.Get<LemmaLayer>(LayerKind.Lemmas);
        var deps = _deps = document.Get<DependencyLayer>(LayerKind.Dependencies);
        Entities = document.Find<EntityLayer>(LayerKind.Entities);
        int n = Tokens.Count;
        Count = n;
        Upos = new UniversalPos[n];
        Lemma = new string[n];
        Heads = new int[n];
        Relations = new string[n];
        SentenceOf = new int[n];
        for (int t = 0; t < n; t++)
        {
            Upos[t] = tags.Upos(t);
            Lemma[t] = lemmas.Lemma(t).ToLowerInvariant();
            Heads[t] = deps.Head(t);
            Relations[t] = deps.Relation(t);
        }

        for (int s = 0; s < Sentences.Count; s++)
        {
            for (int t = Sentences.FirstToken(s); t < Sentences.EndToken(s); t++)
            {
                SentenceOf[t] = s;
            }
        }
    }

    public Document Document { get; }

    public string Text { get; }

    public TokenLayer Tokens { get; }

    public SentenceLayer Sentences { get; }

    public EntityLayer? Entities { get; }

    public int Count { get; }

    public UniversalPos[] Upos { get; }

    public string[] Lemma { get; }

    public int[] Heads { get; }

    public string[] Relations { get; }

    public int[] SentenceOf { get; }

    public int Start(int token) => Tokens.StartOf(token);

    public int End(int token) => Tokens.EndOf(token);

    public ReadOnlySpan<char> Chars(int token) => Text.AsSpan(Tokens.StartOf(token), Tokens.EndOf(token) - Tokens.StartOf(token));

    /// <summary>The children of a token in text order.</summary>
    public ReadOnlySpan<int> Children(int token) => _deps.Children(token);

    /// <summary>The relation without its subtype (<c>nsubj:pass</c> → <c>nsubj</c>).</summary>
    public ReadOnlySpan<char> BaseRelation(int token)
    {
        var r = Relations[token].AsSpan();
        int colon = r.IndexOf(':');
        return colon < 0 ? r : r[..colon];
    }

    /// <summary>The first child whose relation (without subtype) is <paramref name="relation"/>, or -1.</summary>
    public int Child(int token, string relation)
    {
        foreach (int c in Children(token))
        {
            if (BaseRelation(c).SequenceEqual(relation))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The first and last token of the subtree of <paramref name="token"/> (projective parses keep it contiguous).</summary>
    public (int First, int Last) Subtree(int token)
    {
        int first = token, last = token;
        Extend(token, ref first, ref last, 0);
        return (first, last);
    }

    /// <summary>The subtree of <paramref name="token"/> without the subtree of <paramref name="excluded"/> on its edge.</summary>
    public (int First, int Last) SubtreeWithout(int token, int excluded)
    {
        var (first, last) = Subtree(token);
        var (xf, xl) = Subtree(excluded);
        if (xf <= first && xl >= first)
        {
            first = xl + 1;
        }
        else if (xl >= last && xf <= last)
        {
            last = xf - 1;
        }
        else if (xf > first && xl < last)
        {
            // The excluded part sits inside: keep the larger side (a cue clause in the middle of the content).
            if (xf - first >= last - xl)
            {
                last = xf - 1;
            }
            else
            {
                first = xl + 1;
            }
        }

        return (first, last);
    }

    private void Extend(int token, ref int first, ref int last, int depth)
    {
        if (depth > 200)
        {
            return;
        }

        foreach (int c in Children(token))
        {
            if (c < first)
            {
                first = c;
            }

            if (c > last)
            {
                last = c;
            }

            Extend(c, ref first, ref last, depth + 1);
        }
    }

    /// <summary>Shrinks a token range so that it neither starts nor ends with punctuation (quotation marks kept when paired inside).</summary>
    public (int First, int Last) TrimPunctuation(int first, int last)
    {
        while (first <= last && (Upos[first] == UniversalPos.PUNCT || Upos[first] == UniversalPos.CCONJ) && !IsQuoteMark(first))
        {
            first++;
        }

        while (last >= first && Upos[last] == UniversalPos.PUNCT && !IsQuoteMark(last))
        {
            last--;
        }

        return (first, last);
    }

    public bool IsQuoteMark(int token)
    {
        return QuoteMarks.IsQuoteToken(Chars(token));
    }

    /// <summary>The entity (index) of the first token in [first, last] that belongs to one, preferring <paramref name="preferred"/>.</summary>
    public int EntityIn(int first, int last, int preferred)
    {
        if (Entities is null)
        {
            return -1;
        }

        if (preferred >= 0 && IsActorEntity(Entities.EntityOfToken(preferred)))
        {
            return Entities.EntityOfToken(preferred);
        }

        for (int t = first; t <= last; t++)
        {
            int e = Entities.EntityOfToken(t);
            if (IsActorEntity(e))
            {
                return e;
            }
        }

        return -1;
    }

    /// <summary>True for entities that can speak or act: people, organisations, places as governments, groups.</summary>
    public bool IsActorEntity(int entity)
    {
        if (entity < 0 || Entities is null)
        {
            return false;
        }

        var label = Entities.Entities[entity].Label;
        return label is EntityLabel.PER or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP;
    }

    /// <summary>
    /// The core noun phrase of a nominal head: its determiners, modifiers, compounds and flat name parts, without
    /// appositions, relative clauses and post-modifying prepositional phrases.
    /// </summary>
    public (int First, int Last) CorePhrase(int head)
    {
        int first = head, last = head;
        foreach (int c in Children(head))
        {
            var rel = BaseRelation(c);
            bool core = rel.SequenceEqual("det") || rel.SequenceEqual("amod") || rel.SequenceEqual("compound")
                || rel.SequenceEqual("flat") || rel.SequenceEqual("nmod") && Relations[c] == "nmod:poss" || rel.SequenceEqual("nummod");
            if (c < head && core)
            {
                var (f, _) = Subtree(c);
                first = Math.Min(first, f);
            }
            else if (c > head && (rel.SequenceEqual("flat") || rel.SequenceEqual("compound")) && c == last + 1)
            {
                last = Subtree(c).Last;
            }
        }

        // A name split by the tagger ("Hassan Hassan" as two heads) stays whole; a date the parser hung on the phrase
        // ("this year IS militants") is not part of it.
        if (Entities is not null)
        {
            while (first < head && Entities.EntityOfToken(first) is var d && d >= 0 && d != Entities.EntityOfToken(head)
                && Entities.Entities[d].Label is EntityLabel.DATE or EntityLabel.TIME)
            {
                first++;
            }

            int e = Entities.EntityOfToken(head);
            if (e >= 0)
            {
                while (last + 1 < Count && Entities.EntityOfToken(last + 1) == e && SentenceOf[last + 1] == SentenceOf[head])
                {
                    last++;
                }

                while (first - 1 >= 0 && Entities.EntityOfToken(first - 1) == e && SentenceOf[first - 1] == SentenceOf[head])
                {
                    first--;
                }
            }
        }

        return (first, last);
    }
}

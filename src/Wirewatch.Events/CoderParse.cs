using Wirewatch.Core.Documents;

namespace Wirewatch.Events;

/// <summary>
/// A per-document view of the parse for the coder: heads, relations, lemmas, tags and child lists (first child /
/// next sibling arrays, built once per document), plus the preposition or particle that introduces a dependent.
/// </summary>
internal sealed class CoderParse
{
    public CoderParse(Document document)
    {
        Document = document;
        Tokens = document.TokenLayer;
        Sentences = document.SentenceLayer;
        Tags = document.Get<TagLayer>(LayerKind.Tags);
        Lemmas = document.Get<LemmaLayer>(LayerKind.Lemmas);
        Deps = document.Get<DependencyLayer>(LayerKind.Dependencies);
    }

    public Document Document { get; }

    public TokenLayer Tokens { get; }

    public SentenceLayer Sentences { get; }

    public TagLayer Tags { get; }

    public LemmaLayer Lemmas { get; }

    public DependencyLayer Deps { get; }

    public int Count => Deps.Count;

    /// <summary>The token's dependents in token order (the parse layer's shared index).</summary>
    public ReadOnlySpan<int> Children(int token) => Deps.Children(token);

    public int Head(int token) => Deps.Head(token);

    public string Rel(int token) => Deps.Relation(token);

    public string Lemma(int token) => Lemmas.Lemma(token);

    public UniversalPos Upos(int token) => Tags.Upos(token);

    public ReadOnlySpan<char> Chars(int token) => Document.Text.AsSpan(Tokens.StartOf(token), Tokens.EndOf(token) - Tokens.StartOf(token));

    /// <summary>The lemma of the "case" or "mark" child ("for" in "for U.N. action"), or empty.</summary>
    public ReadOnlySpan<char> CaseOf(int token)
    {
        foreach (int c in Deps.Children(token))
        {
            var rel = Deps.Relation(c);
            if (rel == "case" || rel == "mark")
            {
                return Lemmas.Lemma(c);
            }
        }

        return [];
    }

    /// <summary>Whether the dependent <paramref name="child"/> fills a role written as a relation name ("obj", "obl:for", "nmod:by", "obl").</summary>
    public bool Fills(int child, string spec)
    {
        var rel = Deps.Relation(child);
        if (spec == rel)
        {
            return true;
        }

        bool obl = rel.StartsWith("obl", StringComparison.Ordinal);
        bool nmod = !obl && rel.StartsWith("nmod", StringComparison.Ordinal) && rel != "nmod:poss";
        if (!obl && !nmod)
        {
            return false;
        }

        string prefix = obl ? "obl" : "nmod";
        if (spec == prefix)
        {
            return true;
        }

        if (spec.Length <= prefix.Length + 1 || !spec.StartsWith(prefix, StringComparison.Ordinal) || spec[prefix.Length] != ':')
        {
            return false;
        }

        var prep = spec.AsSpan(prefix.Length + 1);
        if (prep.SequenceEqual("agent"))
        {
            prep = "by";
        }

        return CaseOf(child).Equals(prep, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a verb is passive: it has a passive auxiliary or subject, or it is a past participle modifying a noun.</summary>
    public bool IsPassive(int token)
    {
        foreach (int c in Deps.Children(token))
        {
            var rel = Deps.Relation(c);
            if (rel == "aux:pass" || rel == "nsubj:pass")
            {
                return true;
            }
        }

        return Deps.Relation(token) == "acl" && Tags.Xpos(token) == "VBN";
    }

    /// <summary>The first child with exactly this relation, or -1.</summary>
    public int Child(int token, string relation)
    {
        foreach (int c in Deps.Children(token))
        {
            if (Deps.Relation(c) == relation)
            {
                return c;
            }
        }

        return -1;
    }
}

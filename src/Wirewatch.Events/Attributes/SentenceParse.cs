using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Attributes;

/// <summary>
/// Read-only access to one sentence's tokens, tags, lemmas and dependencies, with the tree walks the attribute
/// readers share. A small struct over the document's layers: creating one allocates nothing.
/// </summary>
internal readonly struct SentenceParse
{
    private readonly TokenLayer _tokens;
    private readonly TagLayer? _tags;
    private readonly LemmaLayer? _lemmas;
    private readonly DependencyLayer? _deps;

    public SentenceParse(Document document, int sentence)
    {
        Document = document;
        _tokens = document.TokenLayer;
        _tags = document.Find<TagLayer>(LayerKind.Tags);
        _lemmas = document.Find<LemmaLayer>(LayerKind.Lemmas);
        _deps = document.Find<DependencyLayer>(LayerKind.Dependencies);
        SentenceLayer sentences = document.SentenceLayer;
        First = sentences.FirstToken(sentence);
        End = sentences.EndToken(sentence);
    }

    public Document Document { get; }

    /// <summary>First token of the sentence.</summary>
    public int First { get; }

    /// <summary>One past the last token of the sentence.</summary>
    public int End { get; }

    public static SentenceParse OfToken(Document document, int token) =>
        new(document, document.SentenceLayer.SentenceOf(token));

    public bool Contains(int token) => token >= First && token < End;

    public ReadOnlySpan<char> Chars(int token) =>
        Document.Text.AsSpan(_tokens.StartOf(token), _tokens.EndOf(token) - _tokens.StartOf(token));

    /// <summary>The token without a trailing full stop ("Feb." → "Feb"), for word-list lookups.</summary>
    public ReadOnlySpan<char> Word(int token)
    {
        ReadOnlySpan<char> chars = Chars(token);
        return chars.Length > 1 && chars[^1] == '.' ? chars[..^1] : chars;
    }

    public int StartOf(int token) => _tokens.StartOf(token);

    public int EndOf(int token) => _tokens.EndOf(token);

    public UniversalPos Upos(int token) => _tags?.Upos(token) ?? UniversalPos.None;

    public string Xpos(int token) => _tags?.Xpos(token) ?? string.Empty;

    /// <summary>The lemma, or the token text when there is no lemma layer.</summary>
    public string Lemma(int token) => _lemmas?.Lemma(token) ?? Document.Text.Substring(_tokens.StartOf(token), _tokens.EndOf(token) - _tokens.StartOf(token));

    /// <summary>The head inside the sentence, or -1 (root, no parse, or a head outside the sentence).</summary>
    public int Head(int token)
    {
        if (_deps is null)
        {
            return -1;
        }

        int head = _deps.Head(token);
        return Contains(head) ? head : -1;
    }

    public string Relation(int token) => _deps?.Relation(token) ?? string.Empty;

    public bool HasParse => _deps is not null;

    /// <summary>True when the relation of <paramref name="token"/> is <paramref name="name"/> or a subtype of it ("obl" matches "obl:tmod").</summary>
    public bool Is(int token, string name) => IsRelation(Relation(token), name);

    public static bool IsRelation(string relation, string name) =>
        relation.StartsWith(name, StringComparison.Ordinal)
        && (relation.Length == name.Length || relation[name.Length] == ':');

    public bool TextIs(int token, string word) => Chars(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first child of <paramref name="head"/> with relation <paramref name="name"/> (or a subtype), or -1.</summary>
    public int Child(int head, string name)
    {
        for (int i = First; i < End; i++)
        {
            if (Head(i) == head && Is(i, name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first child of <paramref name="head"/> whose lemma is in <paramref name="words"/>, or -1.</summary>
    public int ChildWithLemma(int head, WordSection words)
    {
        for (int i = First; i < End; i++)
        {
            if (Head(i) == head && words.Contains(Lemma(i)))
            {
                return i;
            }
        }

        return -1;
    }

    public bool IsAncestor(int ancestor, int token)
    {
        int current = Head(token);
        for (int steps = 0; current >= 0 && steps < 64; steps++)
        {
            if (current == ancestor)
            {
                return true;
            }

            current = Head(current);
        }

        return false;
    }

    /// <summary>Number of edges between two tokens in the tree, or int.MaxValue when they are not connected within the sentence.</summary>
    public int Distance(int a, int b)
    {
        int up = 0;
        for (int x = a; x >= 0 && up < 64; x = Head(x), up++)
        {
            int down = 0;
            for (int y = b; y >= 0 && down < 64; y = Head(y), down++)
            {
                if (x == y)
                {
                    return up + down;
                }
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// The token range [first, end) of <paramref name="root"/>'s subtree, leaving out the direct children whose relation is in
    /// <paramref name="excluded"/> (and their subtrees), and trimming punctuation at both ends.
    /// </summary>
    public (int First, int End) Subtree(int root, ReadOnlySpan<string> excluded)
    {
        int lo = root, hi = root;
        for (int i = First; i < End; i++)
        {
            if (i == root)
            {
                continue;
            }

            int child = i;
            int current = Head(i);
            int steps = 0;
            while (current >= 0 && current != root && steps++ < 64)
            {
                child = current;
                current = Head(current);
            }

            if (current != root || IsExcluded(Relation(child), excluded))
            {
                continue;
            }

            lo = Math.Min(lo, i);
            hi = Math.Max(hi, i);
        }

        while (lo < root && Upos(lo) == UniversalPos.PUNCT)
        {
            lo++;
        }

        while (hi > root && Upos(hi) == UniversalPos.PUNCT)
        {
            hi--;
        }

        return (lo, hi + 1);
    }

    /// <summary>True when the tokens starting at <paramref name="token"/> spell <paramref name="phrase"/> (case ignored).</summary>
    public bool Spells(int token, string[] phrase)
    {
        if (token < First || token + phrase.Length > End)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (!Word(token + k).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The longest phrase of <paramref name="words"/> (single or multi-word) that ends just before <paramref name="token"/>;
    /// returns its first token, or -1.
    /// </summary>
    public int PhraseEndingBefore(int token, WordSection words)
    {
        foreach (string[] phrase in words.Phrases)
        {
            int start = token - phrase.Length;
            if (start >= First && Spells(start, phrase))
            {
                return start;
            }
        }

        return token - 1 >= First && words.Contains(Word(token - 1)) ? token - 1 : -1;
    }

    public string Text(int first, int end) => Document.Text.Substring(StartOf(first), EndOf(end - 1) - StartOf(first));

    private static bool IsExcluded(string relation, ReadOnlySpan<string> excluded)
    {
        foreach (string name in excluded)
        {
            if (IsRelation(relation, name))
            {
                return true;
            }
        }

        return false;
    }
}

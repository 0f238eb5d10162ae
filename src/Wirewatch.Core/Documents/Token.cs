namespace Wirewatch.Core.Documents;

/// <summary>A light view of one token: an index into the document's layers. Reading a layer that is not set throws.</summary>
public readonly struct Token
{
    private readonly Document _document;

    internal Token(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    /// <summary>Document-wide token index.</summary>
    public int Index { get; }

    public int Start => _document.TokenLayer.StartOf(Index);

    public int End => _document.TokenLayer.EndOf(Index);

    public TextSpan Span => new(Start, End);

    /// <summary>The token's characters, without allocating.</summary>
    public ReadOnlySpan<char> Chars => _document.Text.AsSpan(Start, End - Start);

    /// <summary>The token's text (allocates; use <see cref="Chars"/> on hot paths).</summary>
    public string Text => _document.Text.Substring(Start, End - Start);

    /// <summary>True when whitespace (or the end of the text) follows the token.</summary>
    public bool SpaceAfter => End >= _document.Text.Length || char.IsWhiteSpace(_document.Text[End]);

    public UniversalPos Upos => _document.Get<TagLayer>(LayerKind.Tags).Upos(Index);

    public string Xpos => _document.Get<TagLayer>(LayerKind.Tags).Xpos(Index);

    public string Lemma => _document.Get<LemmaLayer>(LayerKind.Lemmas).Lemma(Index);

    public int Head => _document.Get<DependencyLayer>(LayerKind.Dependencies).Head(Index);

    public string DepRel => _document.Get<DependencyLayer>(LayerKind.Dependencies).Relation(Index);

    public override string ToString() => Text;
}

namespace Wirewatch.Core.Documents;

/// <summary>A light view of one sentence: a contiguous range of tokens.</summary>
public readonly struct Sentence
{
    private readonly Document _document;

    internal Sentence(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    public int Index { get; }

    public int FirstToken => _document.SentenceLayer.FirstToken(Index);

    /// <summary>One past the last token.</summary>
    public int EndToken => _document.SentenceLayer.EndToken(Index);

    public int TokenCount => EndToken - FirstToken;

    public int Start => _document.TokenLayer.StartOf(FirstToken);

    public int End => _document.TokenLayer.EndOf(EndToken - 1);

    public TextSpan Span => new(Start, End);

    public string Text => _document.Text.Substring(Start, End - Start);

    public override string ToString() => Text;
}

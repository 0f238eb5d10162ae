using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;

namespace Wirewatch.Text;

/// <summary>
/// Rule-based tokenizer for English news, following UD English EWT conventions: clitics split
/// ("do" "n't", "State" "'s"), abbreviations keep their period ("U.S.", "Gen.") except at the end
/// of a sentence, hyphens between words are tokens ("black" "-" "clad") except after prefixes
/// ("e-mail"), "$" and units split from numbers, and URLs, e-mail addresses, handles, hashtags and
/// emoticons stay whole. Tokens are spans of the original text, which is never changed.
/// Immutable and thread-safe.
/// </summary>
public sealed class NewsTokenizer : IPipelineComponent
{
    public NewsTokenizer()
        : this(NewsLexicon.Default)
    {
    }

    public NewsTokenizer(NewsLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    public string Name => "tokenizer.news.v1";

    public IReadOnlyList<LayerKind> Requires { get; } = [];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Tokens];

    public NewsLexicon Lexicon { get; }

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return document.With(Tokenize(document.Text));
    }

    /// <summary>Tokenizes <paramref name="text"/> into a new token layer.</summary>
    public TokenLayer Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenSpanBuffer(Math.Max(16, text.Length / 4));
        Tokenize(text, buffer);
        var (starts, ends) = buffer.ToArrays();
        return new TokenLayer(starts, ends, text.Length);
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> into <paramref name="buffer"/>, which is cleared first.
    /// With a reused buffer this allocates nothing.
    /// </summary>
    public void Tokenize(ReadOnlySpan<char> text, TokenSpanBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Clear();
        new TokenScanner(text, Lexicon, buffer).Run();
    }
}

using Wirewatch.Core.Documents;

namespace Wirewatch.Eval.Tokenization;

/// <summary>
/// One gold document rebuilt from CoNLL-U: its text and the character spans of its words and
/// sentences in that text. Word spans are in text order; a multiword token whose words do not spell
/// its surface form gives each of its words the whole surface span (see <see cref="ConlluTextRebuilder"/>).
/// </summary>
public sealed class GoldTokenization
{
    public GoldTokenization(string id, string text, TextSpan[] words, TextSpan[] sentences)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(sentences);
        Id = id;
        Text = text;
        Words = words;
        Sentences = sentences;
    }

    /// <summary>The <c># newdoc id</c>, or a generated name when the file has none.</summary>
    public string Id { get; }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Words { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }
}

namespace Wirewatch.Eval.Ner;

/// <summary>A NER file as read: its layout, every line as written (so predictions can be appended), and its documents.</summary>
public sealed class NerCorpus(NerFormat format, IReadOnlyList<string> lines, IReadOnlyList<NerDocument> documents)
{
    public NerFormat Format { get; } = format;

    public IReadOnlyList<string> Lines { get; } = lines;

    public IReadOnlyList<NerDocument> Documents { get; } = documents;

    public int TokenCount => Documents.Sum(d => d.TokenCount);

    public int SentenceCount => Documents.Sum(d => d.Sentences.Count);

    /// <summary>Every token, in file order.</summary>
    public IEnumerable<NerToken> Tokens => Documents.SelectMany(d => d.Sentences).SelectMany(s => s.Tokens);
}

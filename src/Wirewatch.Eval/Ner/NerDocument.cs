namespace Wirewatch.Eval.Ner;

/// <summary>A document of a NER file (between <c>-DOCSTART-</c> lines or <c># newdoc</c> comments).</summary>
public sealed class NerDocument(IReadOnlyList<NerSentence> sentences)
{
    public IReadOnlyList<NerSentence> Sentences { get; } = sentences;

    public int TokenCount => Sentences.Sum(s => s.Count);
}

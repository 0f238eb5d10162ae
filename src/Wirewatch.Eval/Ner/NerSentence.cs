namespace Wirewatch.Eval.Ner;

/// <summary>A sentence of a NER file: its tokens in order.</summary>
public sealed class NerSentence(IReadOnlyList<NerToken> tokens)
{
    public IReadOnlyList<NerToken> Tokens { get; } = tokens;

    public int Count => Tokens.Count;
}

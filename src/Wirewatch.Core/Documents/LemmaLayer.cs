namespace Wirewatch.Core.Documents;

/// <summary>One lemma per token.</summary>
public sealed class LemmaLayer : IAnnotationLayer
{
    private readonly string[] _lemmas;

    public LemmaLayer(string[] lemmas)
    {
        ArgumentNullException.ThrowIfNull(lemmas);
        _lemmas = lemmas;
    }

    public LayerKind Kind => LayerKind.Lemmas;

    public int Count => _lemmas.Length;

    public string Lemma(int token) => _lemmas[token];
}

using Wirewatch.Core.Errors;

namespace Wirewatch.Core.Documents;

/// <summary>Part-of-speech tags per token: universal (UPOS) and language-specific (XPOS, Penn Treebank for English).</summary>
public sealed class TagLayer : IAnnotationLayer
{
    private readonly UniversalPos[] _upos;
    private readonly string[] _xpos;

    public TagLayer(UniversalPos[] upos, string[] xpos)
    {
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        if (upos.Length != xpos.Length)
        {
            throw new LayerConflictException("UPOS and XPOS arrays differ in length.");
        }

        _upos = upos;
        _xpos = xpos;
    }

    public LayerKind Kind => LayerKind.Tags;

    public int Count => _upos.Length;

    public UniversalPos Upos(int token) => _upos[token];

    public string Xpos(int token) => _xpos[token];
}

using Wirewatch.Core.Errors;

namespace Wirewatch.Core.Documents;

/// <summary>
/// An article's original text and its annotation layers. Immutable: adding a layer returns a new
/// document that shares the text and the other layers. The text is never changed; every offset indexes it.
/// </summary>
public sealed class Document
{
    private static readonly int LayerCount = Enum.GetValues<LayerKind>().Length;
    private readonly IAnnotationLayer?[] _layers;

    public Document(string text, ArticleMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Metadata = metadata ?? ArticleMetadata.Empty;
        _layers = new IAnnotationLayer?[LayerCount];
    }

    private Document(Document source, IAnnotationLayer?[] layers)
    {
        Text = source.Text;
        Metadata = source.Metadata;
        _layers = layers;
    }

    public string Text { get; }

    public ArticleMetadata Metadata { get; }

    public bool Has(LayerKind kind) => _layers[(int)kind] is not null;

    /// <summary>The layer of the given kind; throws <see cref="LayerConflictException"/> when it has not been set.</summary>
    public T Get<T>(LayerKind kind)
        where T : class, IAnnotationLayer
    {
        return _layers[(int)kind] switch
        {
            T layer => layer,
            null => throw new LayerConflictException($"The {kind} layer has not been set; add a component that assigns it."),
            var other => throw new LayerConflictException($"The {kind} layer is a {other.GetType().Name}, not a {typeof(T).Name}."),
        };
    }

    /// <summary>The layer of the given kind, or null.</summary>
    public T? Find<T>(LayerKind kind)
        where T : class, IAnnotationLayer => _layers[(int)kind] as T;

    /// <summary>A new document with <paramref name="layer"/> added. A layer can be set only once.</summary>
    public Document With(IAnnotationLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        int slot = (int)layer.Kind;
        if (_layers[slot] is not null)
        {
            throw new LayerConflictException($"The {layer.Kind} layer is already set; each layer has one owner.");
        }

        if (layer.Kind != LayerKind.Tokens && !Has(LayerKind.Tokens))
        {
            throw new LayerConflictException($"The {layer.Kind} layer needs the Tokens layer first.");
        }

        var layers = (IAnnotationLayer?[])_layers.Clone();
        layers[slot] = layer;
        return new Document(this, layers);
    }

    public TokenLayer TokenLayer => Get<TokenLayer>(LayerKind.Tokens);

    public SentenceLayer SentenceLayer => Get<SentenceLayer>(LayerKind.Sentences);

    public int TokenCount => Find<TokenLayer>(LayerKind.Tokens)?.Count ?? 0;

    public int SentenceCount => Find<SentenceLayer>(LayerKind.Sentences)?.Count ?? 0;

    public Token Token(int index)
    {
        if ((uint)index >= (uint)TokenCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return new Token(this, index);
    }

    public Sentence Sentence(int index)
    {
        if ((uint)index >= (uint)SentenceCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return new Sentence(this, index);
    }
}

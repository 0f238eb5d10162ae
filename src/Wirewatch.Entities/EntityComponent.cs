using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;

namespace Wirewatch.Entities;

/// <summary>
/// The pipeline component <c>entities.v1</c>: runs <see cref="EntityExtractor"/> over the document's tokens and
/// sentences and adds the <see cref="EntityLayer"/>. Immutable and thread-safe.
/// </summary>
public sealed class EntityComponent : IPipelineComponent
{
    public const string Version = "entities.v1";

    public EntityComponent(EntityExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        Extractor = extractor;
    }

    public EntityExtractor Extractor { get; }

    public string Name => Version;

    public IReadOnlyList<LayerKind> Requires { get; } = [LayerKind.Tokens, LayerKind.Sentences];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Entities];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var tokens = document.TokenLayer;
        var sentences = document.SentenceLayer;
        var boundaries = new int[sentences.Count + 1];
        for (int s = 0; s < sentences.Count; s++)
        {
            boundaries[s] = sentences.FirstToken(s);
        }

        boundaries[^1] = tokens.Count;
        var result = Extractor.Extract(document.Text, tokens.Starts, tokens.Ends, boundaries, document.Metadata.Published);
        return document.With(new EntityLayer(result.Entities, result.Mentions, tokens.Count));
    }
}

namespace Wirewatch.Core.Documents;

/// <summary>An immutable layer of annotations over one document.</summary>
public interface IAnnotationLayer
{
    LayerKind Kind { get; }
}

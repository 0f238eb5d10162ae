namespace Wirewatch.Core.Documents;

/// <summary>The annotation layers of a document. Each is set once, by one component.</summary>
public enum LayerKind
{
    Tokens,
    Sentences,
    Tags,
    Lemmas,
    Dependencies,
    Entities,
    Places,
    Events,
    Quotes,
    Relations,
}

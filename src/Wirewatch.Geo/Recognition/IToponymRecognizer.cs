using Wirewatch.Core.Documents;

namespace Wirewatch.Geo.Recognition;

/// <summary>Finds the toponyms of a document. The gazetteer matcher is the default; an entity-based one can replace it.</summary>
public interface IToponymRecognizer
{
    /// <summary>The layers the recognizer reads.</summary>
    IReadOnlyList<LayerKind> Requires { get; }

    /// <summary>Toponym mentions in text order, non-overlapping.</summary>
    IReadOnlyList<ToponymMention> Recognize(Document document, CancellationToken cancellationToken);
}

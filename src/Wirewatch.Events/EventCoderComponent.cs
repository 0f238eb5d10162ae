using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Events.Ontology;
using Wirewatch.Events.Patterns;

namespace Wirewatch.Events;

/// <summary>
/// The pipeline component "events.v1": codes the events of a parsed document with entities and places and adds the
/// <see cref="EventLayer"/>. Load it once (<see cref="Load"/>); it is immutable and thread-safe.
/// </summary>
public sealed class EventCoderComponent : IPipelineComponent
{
    /// <summary>Creates the component over a coder.</summary>
    public EventCoderComponent(EventCoder coder)
    {
        Coder = coder ?? throw new ArgumentNullException(nameof(coder));
    }

    /// <inheritdoc/>
    public string Name => "events.v1";

    /// <inheritdoc/>
    public IReadOnlyList<LayerKind> Requires { get; } =
        [LayerKind.Tokens, LayerKind.Sentences, LayerKind.Tags, LayerKind.Lemmas, LayerKind.Dependencies, LayerKind.Entities, LayerKind.Places];

    /// <inheritdoc/>
    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Events];

    /// <summary>The coder.</summary>
    public EventCoder Coder { get; }

    /// <summary>Reads data/ontology, data/events and the agent lists of data/actors under <paramref name="dataDirectory"/>.</summary>
    public static EventCoderComponent Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var ontology = EventOntology.Load(Path.Combine(dataDirectory, "ontology"));
        var events = Path.Combine(dataDirectory, "events");
        var triggers = TriggerDictionary.Load(events, ontology);
        var nouns = NounLexicon.Load(events, Path.Combine(dataDirectory, "actors"));
        return new EventCoderComponent(new EventCoder(ontology, triggers, nouns));
    }

    /// <inheritdoc/>
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return document.With(new EventLayer(Coder.Code(document)));
    }
}

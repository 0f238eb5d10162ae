using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Events.Relations;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The pipeline component <c>quotes.v1</c>: adds the <see cref="QuoteLayer"/> (direct quotes, reported speech,
/// attributions) and the <see cref="RelationLayer"/> (relations between actors). Its word lists are read once from
/// <c>data/events</c>, the learned attribution model from <c>data/models/quotes.wwm</c> and the learned relation model
/// from <c>data/models/relations.wwm</c> when they are there (without them the rules alone run) (<see cref="Load(string, bool)"/>).
/// Immutable and thread-safe.
/// </summary>
public sealed class QuoteComponent : IPipelineComponent
{
    public const string Version = "quotes.v1";

    public QuoteComponent(QuoteExtractor quotes, RelationExtractor relations)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(relations);
        Quotes = quotes;
        Relations = relations;
    }

    public QuoteExtractor Quotes { get; }

    public RelationExtractor Relations { get; }

    public string Name => Version;

    public IReadOnlyList<LayerKind> Requires { get; } =
        [LayerKind.Tokens, LayerKind.Sentences, LayerKind.Tags, LayerKind.Lemmas, LayerKind.Dependencies, LayerKind.Entities];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Quotes, LayerKind.Relations];

    /// <summary>
    /// Reads <c>events/speech-cues.txt</c> and <c>events/relation-patterns.tsv</c> under the shipped data folder, and
    /// <c>models/quotes.wwm</c> and <c>models/relations.wwm</c> when <paramref name="useModel"/> and the files exist.
    /// </summary>
    public static QuoteComponent Load(string dataDirectory, bool useModel = true)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var modelPath = Path.Combine(dataDirectory, "models", AttributionModel.FileName);
        var model = useModel && File.Exists(modelPath) ? AttributionModel.Load(modelPath) : null;
        var relationPath = Path.Combine(dataDirectory, "models", RelationModel.FileName);
        var relationModel = useModel && File.Exists(relationPath) ? RelationModel.Load(relationPath) : null;
        return Load(dataDirectory, model, relationModel);
    }

    /// <summary>
    /// Reads the word lists under the shipped data folder and uses <paramref name="model"/> for attributions and
    /// <paramref name="relationModel"/> for relations (null: rules only).
    /// </summary>
    public static QuoteComponent Load(string dataDirectory, AttributionModel? model, RelationModel? relationModel = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var folder = Path.Combine(dataDirectory, "events");
        var cues = SpeechCueLexicon.Load(Path.Combine(folder, SpeechCueLexicon.FileName));
        var patterns = RelationPatternSet.Load(Path.Combine(folder, RelationPatternSet.FileName));
        return new QuoteComponent(new QuoteExtractor(cues, model), new RelationExtractor(patterns, relationModel));
    }

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var parsed = new ParsedDocument(document);
        var quotes = Quotes.Extract(parsed, cancellationToken);
        var relations = Relations.Extract(parsed, quotes);
        return document.With(new QuoteLayer(quotes)).With(new RelationLayer(relations));
    }
}

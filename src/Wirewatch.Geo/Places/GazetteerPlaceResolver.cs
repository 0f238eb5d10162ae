using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Geo.Recognition;
using Wirewatch.Geo.Resolution;

namespace Wirewatch.Geo.Places;

/// <summary>
/// Pipeline component <c>places.gazetteer.v1</c>: recognises toponyms (the gazetteer matcher by default)
/// and resolves them against the compiled gazetteer, assigning the <see cref="LayerKind.Places"/> layer.
/// </summary>
public sealed class GazetteerPlaceResolver : IPipelineComponent
{
    private readonly IToponymRecognizer _recognizer;
    private readonly ToponymResolver _resolver;

    public GazetteerPlaceResolver(IGazetteer gazetteer, RecognitionLexicon lexicon, ResolverWeights? weights = null)
        : this(new GazetteerToponymRecognizer(gazetteer, lexicon), new ToponymResolver(gazetteer, weights))
    {
    }

    public GazetteerPlaceResolver(IToponymRecognizer recognizer, ToponymResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(resolver);
        _recognizer = recognizer;
        _resolver = resolver;
        Requires = recognizer.Requires;
    }

    /// <summary>Loads <c>gazetteer.bin</c> and <c>recognition.tsv</c> from a folder (usually <c>data/gazetteer</c>).</summary>
    public static GazetteerPlaceResolver FromFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var gazetteer = BinaryGazetteer.Load(Path.Combine(folder, "gazetteer.bin"));
        var lexicon = RecognitionLexicon.Load(Path.Combine(folder, "recognition.tsv"));
        return new GazetteerPlaceResolver(gazetteer, lexicon);
    }

    public string Name => "places.gazetteer.v1";

    public IReadOnlyList<LayerKind> Requires { get; }

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Places];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = _recognizer.Recognize(document, cancellationToken);
        var resolved = _resolver.Resolve(document.Text, mentions);
        var places = new List<PlaceMention>(resolved.Length);
        foreach (var p in resolved)
        {
            if (p is not null)
            {
                places.Add(p);
            }
        }

        return document.With(new PlaceLayer(places));
    }
}

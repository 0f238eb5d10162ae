using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Core.Serialization;
using Wirewatch.Geo.Places;
using Wirewatch.Geo.Recognition;

namespace Wirewatch.Geo.Tests.Places;

public class GazetteerPlaceResolverTests
{
    private static readonly GazetteerPlaceResolver Component = new(TinyGazetteer.Load(), RecognitionLexicon.Parse(["locative\tin"]));

    [Fact]
    public void Declares_its_contract()
    {
        Assert.Equal("places.gazetteer.v1", Component.Name);
        Assert.Equal([LayerKind.Places], Component.Assigns);
        Assert.Contains(LayerKind.Tokens, Component.Requires);
    }

    [Fact]
    public void Assigns_the_places_layer_and_writes_the_record()
    {
        var doc = Component.Process(TestDocuments.Tokenized("Militants in Sirte and Tripoli, Libya."), CancellationToken.None);
        var places = doc.Get<PlaceLayer>(LayerKind.Places);
        Assert.Equal(3, places.Count);
        Assert.All(places.Places, p => Assert.Equal("LBY", p.CountryCode));

        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(doc));
        var first = json.RootElement.GetProperty("places")[0];
        Assert.Equal("Sirte", first.GetProperty("text").GetString());
        Assert.Equal(2210554, first.GetProperty("geonameid").GetInt32());
        Assert.Equal("LBY", first.GetProperty("countryCode").GetString());
        Assert.Equal(1, first.GetProperty("precision").GetInt32());
        Assert.Equal("PPLA", first.GetProperty("featureCode").GetString());
        Assert.True(first.TryGetProperty("lat", out _));
        Assert.True(first.TryGetProperty("admin1", out _));
        var country = json.RootElement.GetProperty("places")[2];
        Assert.Equal(4, country.GetProperty("precision").GetInt32());
        Assert.Equal(JsonValueKind.Null, country.GetProperty("admin1").ValueKind);
    }

    [Fact]
    public void Builds_into_a_pipeline_after_tokens()
    {
        var pipeline = new PipelineBuilder().Add(new WhitespaceTokens()).Add(Component).Build();
        var doc = pipeline.Process(new Document("Cairo and Beirut"), CancellationToken.None);
        Assert.Equal(2, doc.Get<PlaceLayer>(LayerKind.Places).Count);
    }

    [Fact]
    public void Focus_is_the_most_mentioned_place_that_is_not_a_demonym()
    {
        var doc = Component.Process(TestDocuments.Tokenized("Libyan forces in Sirte. Sirte fell. Libyan Libyan Libyan."), CancellationToken.None);
        var focus = ArticleFocus.Of(doc.Get<PlaceLayer>(LayerKind.Places).Places);
        Assert.Equal("Sirte", focus!.Name);
    }

    private sealed class WhitespaceTokens : IPipelineComponent
    {
        public string Name => "test.tokens";

        public IReadOnlyList<LayerKind> Requires { get; } = [];

        public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Tokens];

        public Document Process(Document document, CancellationToken cancellationToken)
        {
            var t = TestDocuments.Tokenized(document.Text);
            return document.With(t.TokenLayer);
        }
    }
}

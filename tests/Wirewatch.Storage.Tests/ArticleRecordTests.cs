using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Storage.Tests;

public class ArticleRecordTests
{
    /// <summary>Stands in for the event and quote layers that other components will assign.</summary>
    private sealed class FakeLayer(LayerKind kind, string name, string[] elements) : IJsonWritableLayer
    {
        public LayerKind Kind => kind;

        public string JsonName => name;

        public void WriteJsonValue(Utf8JsonWriter writer, Document document)
        {
            writer.WriteStartArray();
            foreach (var element in elements)
            {
                using var json = JsonDocument.Parse(element);
                json.RootElement.WriteTo(writer);
            }

            writer.WriteEndArray();
        }
    }

    [Fact]
    public void Record_carries_metadata_json_events_and_quotes()
    {
        var text = "Jets struck Derna. \"We will respond,\" the minister said.";
        var document = new Document(text, new ArticleMetadata { Id = "abc", Url = "https://example.com/x", Title = "Strikes", Published = new DateOnly(2015, 2, 16), Language = "en" })
            .With(new TokenLayer([0], [4], text.Length))
            .With(new FakeLayer(LayerKind.Events, "events", [
                """{"type":"ASSAULT","date":{"value":"2015-02-16","precision":"day"},"location":{"name":"Derna","countryCode":"LBY"}}""",
                """{"type":"THREATEN","location":null}""",
            ]))
            .With(new FakeLayer(LayerKind.Quotes, "quotes", ["""{"speaker":{"text":"the minister","canonical":null},"direct":true}"""]));

        var record = ArticleRecord.FromDocument(document, "/in/x.html", "https://example.com/x", "metadata", 9, 42UL);

        Assert.Equal("abc", record.Id);
        Assert.Equal(new DateOnly(2015, 2, 16), record.Published);
        Assert.Equal("metadata", record.DateBasis);
        Assert.Equal(DocumentJsonWriter.ToJson(document), record.RecordJson);
        Assert.Equal(2, record.Events.Count);
        Assert.Equal(("ASSAULT", "2015-02-16", "LBY"), (record.Events[0].Type, record.Events[0].Date, record.Events[0].Country));
        Assert.Equal(("THREATEN", null, null), (record.Events[1].Type, record.Events[1].Date, record.Events[1].Country));
        Assert.Equal("ASSAULT", JsonDocument.Parse(record.Events[0].Json).RootElement.GetProperty("type").GetString());
        var quote = Assert.Single(record.Quotes);
        Assert.Equal("the minister", quote.Speaker);
    }

    [Fact]
    public void A_relative_pronoun_speaker_is_stored_by_its_antecedent()
    {
        var text = "Officials, who spoke on condition of anonymity, said it was over.";
        var document = new Document(text, new ArticleMetadata { Id = "rel", Published = new DateOnly(2016, 5, 1), Language = "en" })
            .With(new TokenLayer([0], [9], text.Length))
            .With(new FakeLayer(LayerKind.Quotes, "quotes",
                ["""{"speaker":{"text":"who","start":11,"end":14,"canonical":null,"antecedent":{"start":0,"end":9,"text":"Officials"}},"direct":false}"""]));

        var record = ArticleRecord.FromDocument(document, "/in/rel.txt", null, null, 12, 7UL);

        Assert.Equal("Officials", Assert.Single(record.Quotes).Speaker);
    }

    [Fact]
    public void Document_without_id_is_refused()
    {
        var document = new Document("text");
        Assert.Throws<ArgumentException>(() => ArticleRecord.FromDocument(document, "/in/x", null, null, 1, 0));
    }
}

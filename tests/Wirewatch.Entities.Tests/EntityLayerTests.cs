using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Entities.Tests;

public class EntityLayerTests
{
    [Fact]
    public void Writes_entities_with_mentions_as_spans()
    {
        const string text = "ISIS said IS won";
        var doc = new Document(text).With(new TokenLayer([0, 5, 10, 13], [4, 9, 12, 16], text.Length));
        var mentions = new List<EntityMention>
        {
            new(0, 4, 0, 1, EntityLabel.ORG, 0, "model"),
            new(10, 12, 2, 3, EntityLabel.ORG, 0, "dictionary:ww:islamic-state"),
        };
        var entity = new ArticleEntity
        {
            Label = EntityLabel.ORG,
            Canonical = "Islamic State",
            EntityId = "Q2429253",
            Country = null,
            Sector = "REB",
            Mentions = mentions,
            Reason = "model; coreference of 2 mentions",
        };
        var layer = new EntityLayer([entity], mentions, 4);
        Assert.Equal(0, layer.EntityOfToken(2));
        Assert.Equal(-1, layer.EntityOfToken(1));
        var json = DocumentJsonWriter.ToJson(doc.With(layer));
        Assert.Contains("\"entities\":[{\"start\":0,\"end\":4,\"text\":\"ISIS\",\"label\":\"ORG\",\"canonical\":\"Islamic State\",\"entityId\":\"Q2429253\",\"sector\":\"REB\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mentions\":[{\"start\":0,\"end\":4,\"text\":\"ISIS\"},{\"start\":10,\"end\":12,\"text\":\"IS\"}]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"country\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Conll_types_follow_the_evaluation_contract()
    {
        Assert.Equal("LOC", EntityLabels.ConllType(EntityLabel.GPE));
        Assert.Equal("LOC", EntityLabels.ConllType(EntityLabel.FAC));
        Assert.Equal("MISC", EntityLabels.ConllType(EntityLabel.NORP));
        Assert.Equal("MISC", EntityLabels.ConllType(EntityLabel.EVENT));
        Assert.Null(EntityLabels.ConllType(EntityLabel.DATE));
        Assert.True(EntityLabels.IsName(EntityLabel.MISC));
        Assert.False(EntityLabels.IsName(EntityLabel.MONEY));
    }
}

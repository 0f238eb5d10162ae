using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;
using Wirewatch.Entities;
using Xunit;

namespace Wirewatch.Events.Tests;

public sealed class EventLayerJsonTests
{
    [Fact]
    public void EventsAreWrittenWithTheRecordsFields()
    {
        var doc = CoderDocuments.Build(
            new DateOnly(2015, 2, 18),
            [(0, 2, EntityLabel.ORG, "Islamic State", null, "REB")],
            "Islamic/PROPN/Islamic/3/compound State/PROPN/State/3/compound gunmen/NOUN/gunman/4/nsubj attacked/VERB/attack/0/root the/DET/the/6/det oilfield/NOUN/oilfield/4/obj");
        doc = CoderDocuments.Coder.Code(doc) is var events ? doc.With(new EventLayer(events)) : doc;
        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(doc));
        var e = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal("ASSAULT", e.GetProperty("type").GetString());
        Assert.Equal("firearms", e.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Array, e.GetProperty("contexts").ValueKind);
        Assert.Equal("Violence against civilians", e.GetProperty("acled").GetProperty("eventType").GetString());
        Assert.Equal("Armed Assault", e.GetProperty("gtd").GetProperty("attackType").GetString());
        var actor = Assert.Single(e.GetProperty("actors").EnumerateArray());
        Assert.Equal("Islamic State gunmen", actor.GetProperty("text").GetString());
        Assert.Equal("Islamic State", actor.GetProperty("canonical").GetString());
        Assert.Equal(0, actor.GetProperty("start").GetInt32());
        Assert.Equal("oilfield", e.GetProperty("recipients")[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("location").ValueKind);
        Assert.Equal("2015-02-18", e.GetProperty("date").GetProperty("value").GetString());
        Assert.True(e.TryGetProperty("basis", out _) || e.GetProperty("date").TryGetProperty("basis", out _));
        foreach (var count in (string[])["killed", "injured", "abducted", "arrested"])
        {
            Assert.True(e.TryGetProperty(count, out _), count);
        }

        Assert.Equal("asserted", e.GetProperty("status").GetString());
        Assert.True(e.TryGetProperty("claim", out _));
        Assert.True(e.TryGetProperty("attribution", out _));
        Assert.Equal("attacked", e.GetProperty("trigger").GetProperty("text").GetString());
        Assert.NotEmpty(e.GetProperty("evidence").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(e.GetProperty("reason").GetString()));
        Assert.InRange(e.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Equal(0, e.GetProperty("sentence").GetInt32());
    }

    [Fact]
    public void LayerKindAndNameFollowTheContract()
    {
        var layer = new EventLayer([]);
        Assert.Equal(LayerKind.Events, layer.Kind);
        Assert.Equal("events", layer.JsonName);
    }
}

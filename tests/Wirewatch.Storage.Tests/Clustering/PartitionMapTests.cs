using System.Text;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Storage.Tests.Clustering;

public class PartitionMapTests
{
    [Theory]
    [InlineData("LBY", "LBY")]
    [InlineData("lby", "LBY")]
    [InlineData(" syr ", "SYR")]
    [InlineData(null, "XXX")]
    [InlineData("", "XXX")]
    [InlineData("L.Y", "XXX")] // never a NATS subject wildcard or separator
    [InlineData("L>Y", "XXX")]
    public void Partitions_are_upper_case_country_codes_or_XXX(string? country, string partition) =>
        Assert.Equal(partition, PartitionMap.PartitionOf(country));

    [Fact]
    public void Candidates_follow_the_events_of_an_article()
    {
        var day = new DateOnly(2015, 2, 2);
        var article = ClusterCorpus.Article("a1", "Reuters", day, [
            ClusterCorpus.Event("ASSAULT", day, "LBY", 32.9, 13.2, 3, "q1", "gunmen"),
            ClusterCorpus.Event("PROTEST", day, string.Empty, 0, 0, 0, "q2", "marched"),
        ]);
        var candidates = PartitionMap.FromArticle(article, "p-1");
        Assert.Equal(["a1:0", "a1:1"], candidates.Select(c => c.MentionId));
        Assert.Equal(["LBY", "XXX"], candidates.Select(c => c.Partition));
        Assert.All(candidates, c => Assert.Equal("p-1", c.PipelineVersion));
        Assert.Equal("LBY", PartitionMap.PartitionOfEvent(candidates[0].EventJson));
    }

    [Fact]
    public void A_malformed_message_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => EventCandidate.FromUtf8("not json"u8));
        Assert.Throws<FormatException>(() => EventCandidate.FromUtf8("""{"articleId":"a","ordinal":-1,"pipelineVersion":"v","partition":"LBY","event":{}}"""u8));
        Assert.Throws<FormatException>(() => EventCandidate.FromUtf8(Encoding.UTF8.GetBytes("""{"articleId":"a","ordinal":0,"pipelineVersion":"v","partition":"LBY"}""")));
        var ok = EventCandidate.FromUtf8("""{"articleId":"a","ordinal":2,"pipelineVersion":"v","partition":"LBY","event":{"type":"ASSAULT"}}"""u8);
        Assert.Equal("a:2", ok.MentionId);
        Assert.Equal("""{"type":"ASSAULT"}""", ok.EventJson);
    }
}

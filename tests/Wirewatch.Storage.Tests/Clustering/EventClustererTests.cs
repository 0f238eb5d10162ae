using System.Text.Json;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Storage.Tests.Clustering;

public class EventClustererTests
{
    private static ClusterCandidate Report(string article, int ordinal, string type, string date, double lat, double lon, int? killed, string words, string source, params string[] actors) => new()
    {
        EventId = $"{article}-{ordinal}",
        ArticleId = article,
        Source = source,
        Published = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).AddDays(1),
        Type = type,
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        DateStated = true,
        Country = lat > 30 && lon < 20 && lon > 9 ? "LBY" : "IRQ",
        PlaceName = "somewhere",
        Latitude = lat,
        Longitude = lon,
        Precision = 1,
        Participants = actors.Select(x => "a:" + x).ToList(),
        Killed = killed,
        Words = ClusterCandidate.ContentWords(words),
    };

    private static List<ClusterCandidate> Reports() =>
    [
        Report("reuters", 1, "ASSAULT", "2015-01-27", 32.89, 13.19, 9, "Gunmen stormed the Corinthia hotel in Tripoli killing nine", "Reuters", "q2429253"),
        Report("ap", 1, "ASSAULT", "2015-01-27", 32.90, 13.18, 10, "Militants attacked the Corinthia hotel in Tripoli; ten dead", "AP", "q2429253"),
        Report("afp", 2, "ASSAULT", "2015-01-28", 32.88, 13.20, 9, "Attack on Tripoli's Corinthia hotel kills nine", "AFP", "gunmen"),
        Report("afp", 1, "PROTEST", "2015-01-28", 32.88, 13.20, null, "Protesters marched in Tripoli", "AFP", "protesters"),
        Report("bbc", 1, "ASSAULT", "2015-02-20", 32.89, 13.19, 3, "Gunmen attacked a checkpoint in Tripoli", "BBC", "gunmen"),
        Report("reuters2", 1, "ASSAULT", "2015-01-27", 33.31, 44.36, 20, "A car bomb exploded in Baghdad killing twenty", "Reuters", "unknown"),
        Report("ap2", 1, "ASSAULT", "2015-01-27", 33.32, 44.37, 20, "Car bomb kills 20 in Baghdad market", "AP", "unknown"),
    ];

    [Fact]
    public void Reports_of_one_incident_form_one_cluster_and_others_stay_apart()
    {
        var clusters = EventClusterer.Cluster(Reports());
        var corinthia = Assert.Single(clusters, c => c.Members.Any(m => m.EventId == "reuters-1"));
        Assert.Equal(["afp-2", "ap-1", "reuters-1"], corinthia.Members.Select(m => m.EventId).Order(StringComparer.Ordinal));
        Assert.Equal(3, corinthia.Sources);
        var baghdad = Assert.Single(clusters, c => c.Members.Any(m => m.EventId == "reuters2-1"));
        Assert.Equal(2, baghdad.Members.Count);
        Assert.Single(clusters, c => c.Members.Any(m => m.EventId == "bbc-1") && c.Members.Count == 1); // 24 days later
        Assert.Single(clusters, c => c.Members.Any(m => m.EventId == "afp-1") && c.Members.Count == 1); // another type
        Assert.Equal(4, clusters.Count);
    }

    [Fact]
    public void Clusters_do_not_depend_on_input_order_and_take_ids_from_the_earliest_event()
    {
        var forward = EventClusterer.Cluster(Reports()).Select(c => c.ToJson()).Order(StringComparer.Ordinal).ToList();
        var reversed = Reports();
        reversed.Reverse();
        var backward = EventClusterer.Cluster(reversed).Select(c => c.ToJson()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(forward, backward);
        Assert.Contains(EventClusterer.Cluster(Reports()), c => c.Id == "c-ap-1");
    }

    [Fact]
    public void Merged_estimates_follow_the_conservative_rule()
    {
        var corinthia = EventClusterer.Cluster(Reports()).Single(c => c.Members.Count == 3);
        using var json = JsonDocument.Parse(corinthia.ToJson());
        var root = json.RootElement;
        Assert.Equal(9, root.GetProperty("killed").GetProperty("value").GetInt32());
        Assert.Contains("9 to 10", root.GetProperty("killed").GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal("2015-01-27", root.GetProperty("date").GetString());
        Assert.Equal("2015-01-28", root.GetProperty("firstReported").GetString());
        Assert.Equal(3, root.GetProperty("eventIds").GetArrayLength());
    }

    [Fact]
    public void Statements_merge_only_when_they_are_about_the_same_thing()
    {
        var a = Report("x", 1, "REQUEST", "2016-09-07", 38.9, -77.0, null, "Trump called for more defense spending", "X", "trump") with { Participants = ["a:trump", "r:defense spending"] };
        var other = Report("y", 1, "REQUEST", "2016-09-07", 38.9, -77.0, null, "Trump called on Congress to act on visas", "Y", "trump") with { Participants = ["a:trump", "r:congress"] };
        var same = Report("z", 1, "REQUEST", "2016-09-08", 38.9, -77.0, null, "Trump called for increased defense spending", "Z", "trump") with { Participants = ["a:trump", "r:defense spending"] };
        Assert.False(EventSimilarity.SameIncident(a, other));
        Assert.True(EventSimilarity.SameIncident(a, same));
    }

    [Fact]
    public void Events_of_one_article_or_far_apart_never_merge()
    {
        var a = Report("same", 1, "ASSAULT", "2015-01-27", 32.89, 13.19, 9, "Gunmen attacked the hotel", "X", "gunmen");
        var b = Report("same", 2, "ASSAULT", "2015-01-27", 32.89, 13.19, 9, "Gunmen attacked the hotel", "X", "gunmen");
        Assert.True(EventSimilarity.Score(a, b) < 0);
        var far = Report("other", 1, "ASSAULT", "2015-01-27", 32.11, 20.07, 9, "Gunmen attacked the hotel", "Y", "gunmen"); // Benghazi, 640 km
        Assert.True(EventSimilarity.Score(a, far) < 0);
        var near = Report("third", 1, "ASSAULT", "2015-01-26", 32.85, 13.10, 9, "Gunmen attacked the hotel", "Z", "gunmen");
        Assert.True(EventSimilarity.SameIncident(a, near));
    }
}

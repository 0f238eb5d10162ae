using System.Text.Json;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Storage.Tests.Clustering;

/// <summary>
/// Recluster by country and period, against each store: the same events give the same clusters whatever order
/// the articles arrived in and whether the whole store, each country, or each period is reclustered.
/// </summary>
public abstract class ReclusterContractTests : IDisposable
{
    private readonly List<IArticleStore> _opened = [];

    /// <summary>A new, empty store (skips the test when the backend is not available).</summary>
    protected abstract IArticleStore CreateStore();

    protected abstract void Cleanup();

    private IArticleStore Fill(IEnumerable<ArticleRecord> articles)
    {
        var store = CreateStore();
        _opened.Add(store);
        foreach (var article in articles)
        {
            Assert.True(store.Store(article));
        }

        return store;
    }

    /// <summary>Every cluster's JSON, in a fixed order.</summary>
    private static List<string> Snapshot(IArticleStore store) =>
        [.. store.ReadClusters(0, int.MaxValue).Items.Order(StringComparer.Ordinal)];

    private static readonly string[] Partitions = ["IRQ", "LBY", "SYR", "TUN", PartitionMap.NoCountry];

    [SkippableFact]
    public void Country_by_country_in_another_arrival_order_gives_the_whole_store_clusters()
    {
        var corpus = ClusterCorpus.Build();
        var whole = Fill(corpus);
        int total = whole.Recluster();
        var expected = Snapshot(whole);
        Assert.Equal(total, expected.Count);
        Assert.True(total >= 20, $"the corpus should give many clusters, got {total}");

        var byCountry = Fill(ClusterCorpus.Shuffled(corpus, seed: 3));
        int sum = 0;
        foreach (var country in Partitions)
        {
            sum += byCountry.Recluster(ReclusterScope.For(country, null, null));
        }

        Assert.Equal(total, sum);
        Assert.Equal(expected, Snapshot(byCountry));
    }

    [SkippableFact]
    public void Period_by_period_and_country_by_period_give_the_whole_store_clusters()
    {
        var corpus = ClusterCorpus.Build();
        var whole = Fill(ClusterCorpus.Shuffled(corpus, seed: 5));
        whole.Recluster();
        var expected = Snapshot(whole);

        // Weeks that cut through incidents (the corpus runs from mid-January across the end of the month).
        var byWeek = Fill(ClusterCorpus.Shuffled(corpus, seed: 11));
        for (var from = new DateOnly(2015, 1, 10); from < new DateOnly(2015, 3, 1); from = from.AddDays(7))
        {
            byWeek.Recluster(ReclusterScope.For(null, from, from.AddDays(6)));
        }

        Assert.Equal(expected, Snapshot(byWeek));

        var byCountryMonth = Fill(corpus);
        foreach (var country in Partitions)
        {
            byCountryMonth.Recluster(ReclusterScope.For(country, new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 31)));
            byCountryMonth.Recluster(ReclusterScope.For(country.ToLowerInvariant(), new DateOnly(2015, 2, 1), new DateOnly(2015, 2, 28)));
        }

        Assert.Equal(expected, Snapshot(byCountryMonth));
    }

    [SkippableFact]
    public void A_scoped_recluster_replaces_only_its_country_and_period()
    {
        var corpus = ClusterCorpus.Build();
        var store = Fill(corpus);
        store.Recluster();
        var before = Snapshot(store);
        int libya = store.ReadClusters(0, int.MaxValue, "LBY").Total;
        Assert.True(libya > 0);

        // A new pair of reports in Iraq, then only Libya reclustered: Iraq's clusters stay as they were.
        var day = new DateOnly(2015, 3, 20);
        var report = ClusterCorpus.Event("ASSAULT", day, "IRQ", 30.5, 47.8, 12, "q1", "car bomb basra market");
        Assert.True(store.Store(ClusterCorpus.Article("late-1", "Reuters", day.AddDays(1), [report])));
        Assert.True(store.Store(ClusterCorpus.Article("late-2", "AP", day.AddDays(1), [report])));
        Assert.Equal(libya, store.Recluster(ReclusterScope.For("LBY", null, null)));
        Assert.Equal(before, Snapshot(store));

        // Iraq in March only: the new cluster appears, with its id from the earliest member; nothing else changes.
        Assert.Equal(1, store.Recluster(ReclusterScope.For("IRQ", new DateOnly(2015, 3, 1), new DateOnly(2015, 3, 31))));
        var after = Snapshot(store);
        Assert.Equal(before.Count + 1, after.Count);
        var added = Assert.Single(after.Except(before));
        using var json = JsonDocument.Parse(added);
        Assert.Equal("c-late-1-1", json.RootElement.GetProperty("id").GetString());
    }

    [SkippableFact]
    public void Unplaced_events_cluster_only_with_unplaced_events()
    {
        var day = new DateOnly(2015, 2, 2);
        var placed = ClusterCorpus.Event("ASSAULT", day, "LBY", 32.89, 13.19, 9, "q1", "gunmen stormed hotel");
        var unplaced = ClusterCorpus.Event("ASSAULT", day, string.Empty, 0, 0, 9, "q1", "gunmen stormed hotel");
        var store = Fill([
            ClusterCorpus.Article("p1", "Reuters", day, [placed]),
            ClusterCorpus.Article("u1", "AP", day, [unplaced]),
            ClusterCorpus.Article("u2", "AFP", day, [unplaced]),
        ]);
        Assert.Equal(1, store.Recluster());
        using var json = JsonDocument.Parse(Assert.Single(store.ReadClusters(0, 10).Items));
        Assert.Equal(["u1-1", "u2-1"], json.RootElement.GetProperty("eventIds").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }
}

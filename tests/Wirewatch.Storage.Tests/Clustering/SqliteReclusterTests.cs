using Microsoft.Data.Sqlite;

namespace Wirewatch.Storage.Tests.Clustering;

public sealed class SqliteReclusterTests : ReclusterContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wirewatch-recluster-" + Guid.NewGuid().ToString("N")[..12]);
    private int _count;

    protected override IArticleStore CreateStore()
    {
        Directory.CreateDirectory(_folder);
        return new SqliteArticleStore(Path.Combine(_folder, $"s{_count++}.db"));
    }

    protected override void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_version_2_store_is_upgraded_in_place()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "v2.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Join(';', VersionTwo.Sqlite) + ";" +
                "INSERT INTO wirewatch_schema VALUES ('version', '2');" +
                "INSERT INTO articles VALUES ('old', NULL, NULL, NULL, 'Reuters', '2015-02-01', NULL, 'en', '/in/old.txt', 3, 0, '2015-02-01T00:00:00.000Z', '{}');" +
                "INSERT INTO events VALUES ('old', 0, 'ASSAULT', '2015-02-01', 'LBY', '" + ClusterCorpus.Event("ASSAULT", new DateOnly(2015, 2, 1), "LBY", 32.89, 13.19, 9, "q1", "gunmen stormed hotel") + "');" +
                "INSERT INTO clusters VALUES ('c-stale', '2015-02-01', 'LBY', 2, '{}')";
            command.ExecuteNonQuery();
        }

        using var store = new SqliteArticleStore(path);
        Assert.Equal(DbArticleStore.SchemaVersion, store.ReadSchemaVersion());
        Assert.Equal(1, store.GetStatistics().Events);
        Assert.Equal(0, store.ReadClusters(0, 10).Total); // clusters without memberships are dropped, to be rebuilt
        var day = new DateOnly(2015, 2, 1);
        Assert.True(store.Store(ClusterCorpus.Article("new", "AP", day, [ClusterCorpus.Event("ASSAULT", day, "LBY", 32.89, 13.19, 9, "q1", "gunmen stormed hotel")])));
        Assert.Equal(1, store.Recluster(Storage.Clustering.ReclusterScope.For("LBY", day, day)));
        using var json = System.Text.Json.JsonDocument.Parse(Assert.Single(store.ReadClusters(0, 10).Items));
        Assert.Equal("c-new-1", json.RootElement.GetProperty("id").GetString()); // same day: the smaller event id is the earliest
    }
}

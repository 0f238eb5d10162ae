using Npgsql;

namespace Wirewatch.Storage.Tests.Clustering;

/// <summary>The recluster contract against PostgreSQL (skipped without <c>WIREWATCH_TEST_POSTGRES</c>), and its in-place upgrade.</summary>
public sealed class PostgresReclusterTests : ReclusterContractTests
{
    private readonly PostgresTestSchemas _schemas = new();

    protected override IArticleStore CreateStore() => new PostgresArticleStore(_schemas.Create());

    protected override void Cleanup() => _schemas.Dispose();

    [SkippableFact]
    public void A_version_2_store_is_upgraded_in_place()
    {
        var connection = _schemas.Create();
        var day = new DateOnly(2015, 2, 1);
        var old = ClusterCorpus.Event("ASSAULT", day, "LBY", 32.89, 13.19, 9, "q1", "gunmen stormed hotel");
        PostgresTestSchemas.Execute(connection, string.Join(';', VersionTwo.Postgres) + ";" +
            "INSERT INTO wirewatch_schema VALUES ('version', '2');" +
            "INSERT INTO articles VALUES ('old', NULL, NULL, NULL, 'Reuters', '2015-02-01', NULL, 'en', '/in/old.txt', 3, 0, now(), '{}');" +
            "INSERT INTO events VALUES ('old', 0, 'ASSAULT', '2015-02-01', 'LBY', '" + old + "');" +
            "INSERT INTO clusters VALUES ('c-stale', '2015-02-01', 'LBY', 2, '{}')");

        using (var store = new PostgresArticleStore(connection))
        {
            Assert.Equal(DbArticleStore.SchemaVersion, store.ReadSchemaVersion());
            Assert.Equal(1, store.GetStatistics().Events);
            Assert.Equal(0, store.ReadClusters(0, 10).Total);
            Assert.True(store.Store(ClusterCorpus.Article("new", "AP", day, [old])));
            Assert.Equal(1, store.Recluster(Storage.Clustering.ReclusterScope.For("LBY", day, day)));
        }

        // The online stage's tables came with the upgrade.
        using var stage = new Storage.Clustering.PostgresClusterStage(connection, "test");
        stage.Apply(new Storage.Clustering.EventCandidate("old", 0, "v1", "LBY", old), CancellationToken.None);
        Assert.Single(stage.ReadMemberships());
        NpgsqlConnection.ClearAllPools();
    }
}

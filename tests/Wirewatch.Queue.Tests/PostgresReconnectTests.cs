using Npgsql;
using Wirewatch.Storage;

namespace Wirewatch.Queue.Tests;

/// <summary>
/// A worker's store outlives its connection: when the server ends the session (a restart, the worker's
/// idle-in-transaction timeout after a pause), the next write reconnects. Needs WIREWATCH_TEST_POSTGRES.
/// </summary>
public sealed class PostgresReconnectTests : IDisposable
{
    private readonly string _schema = "ww_reconnect_" + Guid.NewGuid().ToString("N")[..10];
    private string? _admin;

    public void Dispose()
    {
        if (_admin is not null)
        {
            Execute(_admin, $"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
    }

    [SkippableFact]
    public void A_store_whose_session_was_ended_reconnects_for_the_next_article()
    {
        var admin = Environment.GetEnvironmentVariable("WIREWATCH_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(admin), "WIREWATCH_TEST_POSTGRES is not set; PostgreSQL tests skipped.");
        _admin = PostgresConnectionString.Normalize(admin!);
        Execute(_admin, $"CREATE SCHEMA {_schema}");
        var application = "ww-" + _schema;
        var db = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema, ApplicationName = application, Pooling = false }.ConnectionString;

        using var store = new PostgresArticleStore(db);
        store.Replace(Article("a"));
        Execute(_admin, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{application}'");

        // The first use after the server ended the session may fail (it finds out then); the store recovers.
        try
        {
            store.Replace(Article("b"));
        }
        catch (StorageException)
        {
            store.Replace(Article("b"));
        }

        store.RecordFailure(new FailureRecord("/in/c.txt", FailureKind.Failed, "test", DateTimeOffset.UtcNow));
        Assert.Equal(new StoreStatistics(2, 0, 0, 1, 0), store.GetStatistics());
    }

    private static ArticleRecord Article(string id) => new()
    {
        Id = id,
        Origin = $"/in/{id}.txt",
        RecordJson = $$"""{"id":"{{id}}","events":[],"quotes":[]}""",
        PipelineVersion = "p-test",
    };

    private static void Execute(string db, string sql)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

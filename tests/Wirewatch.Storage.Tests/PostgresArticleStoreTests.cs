using Npgsql;

namespace Wirewatch.Storage.Tests;

/// <summary>
/// The contract suite against PostgreSQL. Needs <c>WIREWATCH_TEST_POSTGRES</c> (a connection string; .ci/run
/// starts a throwaway server and sets it); without it every test here is reported as skipped. Each test
/// works in a schema of its own, dropped afterwards.
/// </summary>
public sealed class PostgresArticleStoreTests : ArticleStoreContractTests
{
    public const string Variable = "WIREWATCH_TEST_POSTGRES";

    private readonly string _schema = "ww_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    protected override IArticleStore CreateStore()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(admin), $"{Variable} is not set; PostgreSQL tests skipped.");
        using (var connection = new NpgsqlConnection(PostgresConnectionString.Normalize(admin!)))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE SCHEMA {_schema}";
            command.ExecuteNonQuery();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize(admin!)) { SearchPath = _schema, Pooling = false }.ConnectionString;
        return ArticleStoreFactory.Open(_connectionString);
    }

    protected override IArticleStore Reopen() => ArticleStoreFactory.Open(_connectionString!);

    protected override void Cleanup()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (_connectionString is null || string.IsNullOrWhiteSpace(admin))
        {
            return;
        }

        using var connection = new NpgsqlConnection(PostgresConnectionString.Normalize(admin));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP SCHEMA IF EXISTS {_schema} CASCADE";
        command.ExecuteNonQuery();
    }
}

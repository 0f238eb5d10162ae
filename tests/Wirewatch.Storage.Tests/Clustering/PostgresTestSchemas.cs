using Npgsql;

namespace Wirewatch.Storage.Tests.Clustering;

/// <summary>
/// Throwaway schemas on the server named by <c>WIREWATCH_TEST_POSTGRES</c> (skipping the test when it is not set):
/// each <see cref="Create"/> gives a connection string whose search path is a new, empty schema; all are dropped
/// on dispose.
/// </summary>
internal sealed class PostgresTestSchemas : IDisposable
{
    private readonly List<string> _schemas = [];

    public static string Admin
    {
        get
        {
            var admin = Environment.GetEnvironmentVariable(PostgresArticleStoreTests.Variable);
            Skip.If(string.IsNullOrWhiteSpace(admin), $"{PostgresArticleStoreTests.Variable} is not set; PostgreSQL tests skipped.");
            return PostgresConnectionString.Normalize(admin!);
        }
    }

    public string Create(string? schema = null)
    {
        var admin = Admin;
        schema ??= "ww_cl_" + Guid.NewGuid().ToString("N")[..12];
        Execute(admin, $"CREATE SCHEMA {schema}");
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
    }

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresArticleStoreTests.Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        foreach (var schema in _schemas)
        {
            Execute(PostgresConnectionString.Normalize(admin), $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }
}

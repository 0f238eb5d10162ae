using Npgsql;

namespace Wirewatch.Storage.Benchmarks;

/// <summary>Where the benchmarks write: a schema of their own on the configured server, dropped afterwards.</summary>
public static class PostgresBenchmarkDatabase
{
    public const string Variable = "WIREWATCH_BENCH_POSTGRES";

    public const string FallbackVariable = "WIREWATCH_TEST_POSTGRES";

    /// <summary>The configured server's connection string, or null when none is set.</summary>
    public static string? ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(value))
            {
                value = Environment.GetEnvironmentVariable(FallbackVariable);
            }

            return string.IsNullOrWhiteSpace(value) ? null : PostgresConnectionString.Normalize(value);
        }
    }

    /// <summary>Creates a fresh schema and returns a connection string whose search path is it.</summary>
    public static string CreateSchema(string schema)
    {
        var admin = ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set.");
        Execute(admin, $"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
    }

    public static void DropSchema(string schema)
    {
        NpgsqlConnection.ClearAllPools();
        if (ConnectionString is { } admin)
        {
            Execute(admin, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

using Npgsql;

namespace Wirewatch.Storage;

/// <summary>Turns <c>postgres://user:password@host:port/database?key=value</c> into an Npgsql connection string.</summary>
public static class PostgresConnectionString
{
    public static bool IsPostgres(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || spec.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    public static string Normalize(string spec)
    {
        ArgumentException.ThrowIfNullOrEmpty(spec);
        if (!spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(spec).ConnectionString;
            }
            catch (ArgumentException ex)
            {
                throw new StorageException("PostgreSQL", $"bad connection string: {ex.Message}", ex);
            }
        }

        if (!Uri.TryCreate(spec, UriKind.Absolute, out var uri))
        {
            throw new StorageException("PostgreSQL", "bad postgres:// URI");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            try
            {
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
            }
            catch (ArgumentException ex)
            {
                throw new StorageException("PostgreSQL", $"unknown URI option '{key}': {ex.Message}", ex);
            }
        }

        return builder.ConnectionString;
    }
}

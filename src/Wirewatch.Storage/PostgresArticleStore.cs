using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Wirewatch.Storage;

/// <summary>
/// The shared store: PostgreSQL through Npgsql, the same tables as SQLite. The schema goes into the
/// connection's search path (<c>Search Path=...</c>), so several stores can share one database.
/// </summary>
public sealed class PostgresArticleStore : DbArticleStore
{
    private static readonly string[] Schema =
    [
        "CREATE TABLE IF NOT EXISTS wirewatch_schema (key text PRIMARY KEY, value text NOT NULL)",
        "CREATE TABLE IF NOT EXISTS articles (id text PRIMARY KEY, url text, canonical_url text, title text, source text, " +
            "published date, date_basis text, language text, origin text NOT NULL, word_count integer NOT NULL, simhash bigint NOT NULL, " +
            "ingested_at timestamptz NOT NULL, record json NOT NULL)",
        "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
        "CREATE INDEX IF NOT EXISTS articles_canonical_url ON articles (canonical_url)",
        "CREATE TABLE IF NOT EXISTS events (article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE, ordinal integer NOT NULL, " +
            "type text, event_date text, country text, record json NOT NULL, PRIMARY KEY (article_id, ordinal))",
        "CREATE INDEX IF NOT EXISTS events_type ON events (type)",
        "CREATE INDEX IF NOT EXISTS events_date ON events (event_date)",
        "CREATE INDEX IF NOT EXISTS events_country ON events (country)",
        "CREATE TABLE IF NOT EXISTS quotes (article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE, ordinal integer NOT NULL, " +
            "speaker text, record json NOT NULL, PRIMARY KEY (article_id, ordinal))",
        "CREATE TABLE IF NOT EXISTS failed (source text PRIMARY KEY, kind text NOT NULL, reason text NOT NULL, at timestamptz NOT NULL)",
        // Version 2: clusters of events from different articles, rebuilt by Recluster.
        "CREATE TABLE IF NOT EXISTS clusters (id text PRIMARY KEY, event_date text, country text, sources integer NOT NULL, record json NOT NULL)",
    ];

    // Version 4, PostgreSQL only: the online clustering stage (PostgresClusterStage). One fence row per partition,
    // memberships keyed by mention id (replays change nothing), and a log of committed transactions.
    private static readonly string[] OnlineClustering =
    [
        "CREATE TABLE IF NOT EXISTS cluster_partitions (partition_key text PRIMARY KEY, applied bigint NOT NULL DEFAULT 0)",
        "CREATE TABLE IF NOT EXISTS cluster_mentions (mention_id text PRIMARY KEY, partition_key text NOT NULL, cluster_id text NOT NULL, " +
            "seq bigint NOT NULL, article_id text NOT NULL, ordinal integer NOT NULL, pipeline_version text NOT NULL, date_from date, date_to date, " +
            "source text, published date, record json NOT NULL)",
        "CREATE INDEX IF NOT EXISTS cluster_mentions_window ON cluster_mentions (partition_key, date_from)",
        "CREATE INDEX IF NOT EXISTS cluster_mentions_cluster ON cluster_mentions (cluster_id)",
        "CREATE TABLE IF NOT EXISTS cluster_log (id bigserial PRIMARY KEY, partition_key text NOT NULL, consumer text NOT NULL, " +
            "mention_id text NOT NULL, applied boolean NOT NULL, started_at timestamptz NOT NULL, committed_at timestamptz NOT NULL)",
        "CREATE INDEX IF NOT EXISTS cluster_log_partition ON cluster_log (partition_key, started_at)",
    ];

    private readonly string _description;

    /// <summary>Connects with an Npgsql connection string (<c>Host=...;Database=...</c>) or a <c>postgres://</c> URI.</summary>
    public PostgresArticleStore(string connection)
    {
        var connectionString = PostgresConnectionString.Normalize(connection);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}" +
            (string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $" (schema {builder.SearchPath})");
        Open(new NpgsqlConnection(connectionString));
    }

    public override string Description => _description;

    protected override IReadOnlyList<string> SchemaStatements => Schema;

    protected override IReadOnlyList<string> UpgradeStatements(int version) =>
        version == 4 ? [.. base.UpgradeStatements(version), .. OnlineClustering] : base.UpgradeStatements(version);

    protected override bool SchemaTableExists()
    {
        using var command = Command("SELECT to_regclass('wirewatch_schema') IS NOT NULL");
        return command.ExecuteScalar() is true;
    }

    protected override void TypeParameter(DbParameter parameter, ParameterKind kind)
    {
        if (parameter is NpgsqlParameter npgsql)
        {
            switch (kind)
            {
                case ParameterKind.Text:
                    npgsql.NpgsqlDbType = NpgsqlDbType.Text;
                    break;
                case ParameterKind.Json:
                    npgsql.NpgsqlDbType = NpgsqlDbType.Json;
                    break;
                case ParameterKind.Date:
                    npgsql.NpgsqlDbType = NpgsqlDbType.Date;
                    break;
                case ParameterKind.Time:
                    npgsql.NpgsqlDbType = NpgsqlDbType.TimestampTz;
                    break;
                case ParameterKind.Integer:
                    break;
            }
        }
    }

    protected override object DateValue(DateOnly value) => value;

    protected override object TimeValue(DateTimeOffset value) => value.UtcDateTime;

    protected override DateOnly? ReadDate(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.GetFieldValue<DateOnly>(ordinal);
    }
}

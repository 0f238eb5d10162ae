using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Wirewatch.Storage;

/// <summary>
/// The default store: one SQLite file in WAL mode. WAL with synchronous=NORMAL keeps every committed
/// article across a killed process (only a power loss can drop the last few commits, never half of one).
/// </summary>
public sealed class SqliteArticleStore : DbArticleStore
{
    private static readonly string[] Schema =
    [
        "CREATE TABLE IF NOT EXISTS wirewatch_schema (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, url TEXT, canonical_url TEXT, title TEXT, source TEXT, " +
            "published TEXT, date_basis TEXT, language TEXT, origin TEXT NOT NULL, word_count INTEGER NOT NULL, simhash INTEGER NOT NULL, " +
            "ingested_at TEXT NOT NULL, record TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
        "CREATE INDEX IF NOT EXISTS articles_canonical_url ON articles (canonical_url)",
        "CREATE TABLE IF NOT EXISTS events (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, " +
            "type TEXT, event_date TEXT, country TEXT, record TEXT NOT NULL, PRIMARY KEY (article_id, ordinal))",
        "CREATE INDEX IF NOT EXISTS events_type ON events (type)",
        "CREATE INDEX IF NOT EXISTS events_date ON events (event_date)",
        "CREATE INDEX IF NOT EXISTS events_country ON events (country)",
        "CREATE TABLE IF NOT EXISTS quotes (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, " +
            "speaker TEXT, record TEXT NOT NULL, PRIMARY KEY (article_id, ordinal))",
        "CREATE TABLE IF NOT EXISTS failed (source TEXT PRIMARY KEY, kind TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL)",
        // Version 2: clusters of events from different articles, rebuilt by Recluster.
        "CREATE TABLE IF NOT EXISTS clusters (id TEXT PRIMARY KEY, event_date TEXT, country TEXT, sources INTEGER NOT NULL, record TEXT NOT NULL)",
    ];

    /// <summary>Opens (and with <paramref name="createIfMissing"/> creates) the database file at <paramref name="path"/>.</summary>
    public SqliteArticleStore(string path, bool createIfMissing = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FilePath = Path.GetFullPath(path);
        if (Directory.Exists(FilePath))
        {
            throw new StorageException(Description, "is a directory; give a database file name");
        }

        if (!File.Exists(FilePath))
        {
            if (!createIfMissing)
            {
                throw new StorageException(Description, "database file not found");
            }

            var folder = Path.GetDirectoryName(FilePath);
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new StorageException(Description, $"folder {folder} does not exist");
            }
        }

        // No pooling: a disposed store must release the file (tests delete it; users move it).
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = createIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 60,
        };
        Open(new SqliteConnection(builder.ToString()));
    }

    public string FilePath { get; }

    public override string Description => $"SQLite {FilePath}";

    protected override IReadOnlyList<string> SchemaStatements => Schema;

    protected override void Configure(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        command.ExecuteNonQuery();
    }

    protected override bool SchemaTableExists()
    {
        using var command = Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'wirewatch_schema'");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    protected override object DateValue(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override object TimeValue(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    protected override DateOnly? ReadDate(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DateOnly.TryParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}

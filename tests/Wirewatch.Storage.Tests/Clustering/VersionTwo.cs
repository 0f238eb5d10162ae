namespace Wirewatch.Storage.Tests.Clustering;

/// <summary>The tables of a schema-version-2 store (as released before the scale-out work), to test in-place upgrades.</summary>
internal static class VersionTwo
{
    public static readonly string[] Sqlite =
    [
        "CREATE TABLE wirewatch_schema (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE articles (id TEXT PRIMARY KEY, url TEXT, canonical_url TEXT, title TEXT, source TEXT, published TEXT, date_basis TEXT, " +
            "language TEXT, origin TEXT NOT NULL, word_count INTEGER NOT NULL, simhash INTEGER NOT NULL, ingested_at TEXT NOT NULL, record TEXT NOT NULL)",
        "CREATE TABLE events (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, " +
            "type TEXT, event_date TEXT, country TEXT, record TEXT NOT NULL, PRIMARY KEY (article_id, ordinal))",
        "CREATE TABLE quotes (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, " +
            "speaker TEXT, record TEXT NOT NULL, PRIMARY KEY (article_id, ordinal))",
        "CREATE TABLE failed (source TEXT PRIMARY KEY, kind TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL)",
        "CREATE TABLE clusters (id TEXT PRIMARY KEY, event_date TEXT, country TEXT, sources INTEGER NOT NULL, record TEXT NOT NULL)",
    ];

    public static readonly string[] Postgres =
    [
        "CREATE TABLE wirewatch_schema (key text PRIMARY KEY, value text NOT NULL)",
        "CREATE TABLE articles (id text PRIMARY KEY, url text, canonical_url text, title text, source text, published date, date_basis text, " +
            "language text, origin text NOT NULL, word_count integer NOT NULL, simhash bigint NOT NULL, ingested_at timestamptz NOT NULL, record json NOT NULL)",
        "CREATE TABLE events (article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE, ordinal integer NOT NULL, " +
            "type text, event_date text, country text, record json NOT NULL, PRIMARY KEY (article_id, ordinal))",
        "CREATE TABLE quotes (article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE, ordinal integer NOT NULL, " +
            "speaker text, record json NOT NULL, PRIMARY KEY (article_id, ordinal))",
        "CREATE TABLE failed (source text PRIMARY KEY, kind text NOT NULL, reason text NOT NULL, at timestamptz NOT NULL)",
        "CREATE TABLE clusters (id text PRIMARY KEY, event_date text, country text, sources integer NOT NULL, record json NOT NULL)",
    ];
}

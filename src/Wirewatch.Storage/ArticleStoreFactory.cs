namespace Wirewatch.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a <c>postgres://</c> URI or <c>Host=...</c> string is PostgreSQL, anything else a SQLite file.</summary>
public static class ArticleStoreFactory
{
    public static IArticleStore Open(string spec, bool createIfMissing = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(spec);
        return PostgresConnectionString.IsPostgres(spec)
            ? new PostgresArticleStore(spec)
            : new SqliteArticleStore(spec, createIfMissing);
    }
}

namespace Wirewatch.Storage.Tests;

public sealed class SqliteArticleStoreTests : ArticleStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wirewatch-store-" + Guid.NewGuid().ToString("N")[..12]);

    private string DatabasePath => Path.Combine(_folder, "test.db");

    protected override IArticleStore CreateStore()
    {
        Directory.CreateDirectory(_folder);
        return new SqliteArticleStore(DatabasePath);
    }

    protected override IArticleStore Reopen() => ArticleStoreFactory.Open(DatabasePath, createIfMissing: false);

    protected override void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Uses_write_ahead_logging()
    {
        using var store = (SqliteArticleStore)CreateStore();
        store.Store(Article("w"));
        Assert.True(File.Exists(DatabasePath + "-wal"));
    }

    [Fact]
    public void Missing_file_is_an_error_when_not_creating()
    {
        var ex = Assert.Throws<StorageException>(() => new SqliteArticleStore(Path.Combine(_folder, "absent.db"), createIfMissing: false));
        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, new string('x', 4096));
        var ex = Assert.Throws<StorageException>(() => new SqliteArticleStore(path, createIfMissing: false));
        Assert.Equal("WW4001", ex.Code);
    }

    [Fact]
    public void Newer_schema_is_refused()
    {
        using (var store = (SqliteArticleStore)CreateStore())
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE wirewatch_schema SET value = '99' WHERE key = 'version'";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StorageException>(() => new SqliteArticleStore(DatabasePath));
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factory_picks_the_backend_from_the_spec()
    {
        Assert.True(PostgresConnectionString.IsPostgres("postgres://u:p@localhost:5432/db"));
        Assert.True(PostgresConnectionString.IsPostgres("Host=localhost;Database=db"));
        Assert.False(PostgresConnectionString.IsPostgres("/data/news.db"));
        var cs = PostgresConnectionString.Normalize("postgresql://ww%40user:p%3Ass@db.example.org:6543/news?sslmode=disable");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(cs);
        Assert.Equal("db.example.org", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("ww@user", builder.Username);
        Assert.Equal("p:ss", builder.Password);
        Assert.Equal("news", builder.Database);
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
    }
}

using Microsoft.Data.Sqlite;
using Wirewatch.Storage;

namespace Wirewatch.Queue.Tests;

/// <summary>The store side of exactly-once effects: Replace leaves one copy of an article's outputs, tagged with the version.</summary>
public sealed class ReplaceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ww-replace-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ArticleRecord Article(string id, int events, string version) => new()
    {
        Id = id,
        Origin = $"/in/{id}.txt",
        RecordJson = $$"""{"id":"{{id}}","events":[],"quotes":[]}""",
        Events = [.. Enumerable.Range(0, events).Select(i => new EventRow("ASSAULT", "2015-03-01", "LBY", $$"""{"n":{{i}}}"""))],
        Quotes = [new QuoteRow("A spokesman", """{"speaker":{"text":"A spokesman"}}""")],
        PipelineVersion = version,
    };

    [Fact]
    public void Replace_swaps_the_outputs_of_an_article_in_one_go()
    {
        var path = Path.Combine(_folder, "s.db");
        using (var store = new SqliteArticleStore(path))
        {
            store.Replace(Article("a", 3, "p-1"));
            store.Replace(Article("a", 3, "p-1"));
            Assert.Equal(new StoreStatistics(1, 3, 1, 0, 0), store.GetStatistics());

            store.Replace(Article("a", 2, "p-2"));
            Assert.Equal(new StoreStatistics(1, 2, 1, 0, 0), store.GetStatistics());
            Assert.False(store.Store(Article("a", 5, "p-3")));
            Assert.Equal(new StoreStatistics(1, 2, 1, 0, 0), store.GetStatistics());
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT group_concat(DISTINCT pipeline_version) FROM events) || '/' || (SELECT pipeline_version FROM articles) || '/' || (SELECT pipeline_version FROM quotes)";
        Assert.Equal("p-2/p-2/p-2", command.ExecuteScalar());
    }

    [Fact]
    public void Replace_clears_the_failure_recorded_for_the_origin()
    {
        using var store = new SqliteArticleStore(Path.Combine(_folder, "f.db"));
        store.RecordFailure(new FailureRecord("/in/a.txt", FailureKind.Failed, "delivered 5 times", DateTimeOffset.UtcNow));
        store.Replace(Article("a", 1, "p-1"));
        Assert.Empty(store.ReadFailures());
    }
}

using System.Text.Json;
using Wirewatch.Storage.Export;

namespace Wirewatch.Storage.Tests;

/// <summary>What every store must do; SQLite and PostgreSQL each run this suite.</summary>
public abstract class ArticleStoreContractTests : IDisposable
{
    private readonly List<IArticleStore> _opened = [];

    /// <summary>A new, empty store (skips the test when the backend is not available).</summary>
    protected abstract IArticleStore CreateStore();

    /// <summary>Opens the same store again, as a second process would.</summary>
    protected abstract IArticleStore Reopen();

    protected IArticleStore Open(bool fresh = true)
    {
        var store = fresh ? CreateStore() : Reopen();
        _opened.Add(store);
        return store;
    }

    protected static ArticleRecord WithEvents(ArticleRecord article, params string[] events)
    {
        var record = $$"""{"id":"{{article.Id}}","text":"Text of {{article.Id}}.","events":[{{string.Join(",", events)}}],"quotes":[]}""";
        var sections = RecordSections.Extract(record);
        return new ArticleRecord
        {
            Id = article.Id, Url = article.Url, CanonicalUrl = article.CanonicalUrl, Title = article.Title, Source = article.Source,
            Published = article.Published, DateBasis = article.DateBasis, Language = article.Language, Origin = article.Origin,
            WordCount = article.WordCount, SimHash = article.SimHash, RecordJson = record, Events = sections.Events, Quotes = sections.Quotes,
        };
    }

    protected static ArticleRecord Article(string id, DateOnly? published = null, int events = 0, int quotes = 0, string origin = "/in/a.txt")
    {
        var eventJson = Enumerable.Range(0, events)
            .Select(i => $$"""{"type":"ASSAULT","date":{"value":"2015-02-1{{i}}"},"location":{"countryCode":"LBY"},"n":{{i}}}""").ToList();
        var quoteJson = Enumerable.Range(0, quotes).Select(i => $$"""{"speaker":{"text":"Speaker {{i}}"},"direct":true}""").ToList();
        var record = $$"""{"format":"1","id":"{{id}}","text":"Text of {{id}}.","events":[{{string.Join(",", eventJson)}}],"quotes":[{{string.Join(",", quoteJson)}}]}""";
        var sections = RecordSections.Extract(record);
        return new ArticleRecord
        {
            Id = id,
            Url = $"https://example.com/{id}",
            CanonicalUrl = $"https://example.com/{id}",
            Title = $"Title {id}",
            Source = "Example Wire",
            Published = published,
            DateBasis = published is null ? null : "metadata",
            Language = "en",
            Origin = origin,
            WordCount = 3,
            SimHash = 0xF00DF00DF00DF00DUL,
            RecordJson = record,
            Events = sections.Events,
            Quotes = sections.Quotes,
        };
    }

    [SkippableFact]
    public void New_store_is_empty_and_versioned()
    {
        var store = Open();
        Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0), store.GetStatistics());
        Assert.Equal(DbArticleStore.SchemaVersion, ((DbArticleStore)store).ReadSchemaVersion());
        Assert.Empty(store.LoadFingerprints());
    }

    [SkippableFact]
    public void Insert_stores_article_events_and_quotes()
    {
        var store = Open();
        Assert.True(store.Store(Article("a1", new DateOnly(2015, 2, 18), events: 2, quotes: 3)));

        Assert.Equal(new StoreStatistics(1, 2, 3, 0, 0), store.GetStatistics());
        var fingerprint = Assert.Single(store.LoadFingerprints());
        Assert.Equal("a1", fingerprint.Id);
        Assert.Equal("https://example.com/a1", fingerprint.CanonicalUrl);
        Assert.Equal(0xF00DF00DF00DF00DUL, fingerprint.SimHash);
        var stored = Assert.Single(store.ReadArticles(ArticleQuery.All));
        Assert.Equal("a1", stored.Id);
        Assert.Equal("Title a1", stored.Title);
        Assert.Equal(new DateOnly(2015, 2, 18), stored.Published);
        Assert.Equal("en", stored.Language);
        using var json = JsonDocument.Parse(stored.RecordJson);
        Assert.Equal("Text of a1.", json.RootElement.GetProperty("text").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("events").GetArrayLength());
    }

    [SkippableFact]
    public void Duplicate_insert_adds_nothing()
    {
        var store = Open();
        Assert.True(store.Store(Article("dup", events: 2)));
        Assert.False(store.Store(Article("dup", events: 5, quotes: 1)));
        Assert.Equal(new StoreStatistics(1, 2, 0, 0, 0), store.GetStatistics());
    }

    [SkippableFact]
    public void Failed_article_leaves_nothing_behind()
    {
        var store = Open();
        store.Store(Article("before"));
        var broken = Article("broken", events: 3);
        // The event list breaks after the article row and the first event are written.
        broken = new ArticleRecord
        {
            Id = broken.Id, Origin = broken.Origin, RecordJson = broken.RecordJson, Url = broken.Url, CanonicalUrl = broken.CanonicalUrl,
            Events = new BreakingList<EventRow>(broken.Events, failAt: 1),
        };

        Assert.Throws<InvalidOperationException>(() => store.Store(broken));

        Assert.Equal(new StoreStatistics(1, 0, 0, 0, 0), store.GetStatistics());
        Assert.DoesNotContain(store.LoadFingerprints(), f => f.Id == "broken");
        // The store is still usable, and the article can be stored once whole.
        Assert.True(store.Store(Article("broken", events: 3)));
        Assert.Equal(new StoreStatistics(2, 3, 0, 0, 0), store.GetStatistics());
    }

    [SkippableFact]
    public void Failures_are_recorded_once_per_source_and_cleared_by_success()
    {
        var store = Open();
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        store.RecordFailure(new FailureRecord("/in/blob.bin", FailureKind.Failed, "looks binary", at));
        store.RecordFailure(new FailureRecord("/in/blob.bin", FailureKind.Failed, "looks binary (again)", at.AddMinutes(1)));
        store.RecordFailure(new FailureRecord("/in/fr.txt", FailureKind.Skipped, "not English: looks French", at));
        store.RecordFailure(new FailureRecord("/in/late.txt", FailureKind.Failed, "file is empty", at));

        Assert.Equal(new StoreStatistics(0, 0, 0, 2, 1), store.GetStatistics());
        var failures = ((DbArticleStore)store).ReadFailures();
        var blob = Assert.Single(failures, f => f.Source == "/in/blob.bin");
        Assert.Equal("looks binary (again)", blob.Reason);
        Assert.Equal(at.AddMinutes(1), blob.At);

        store.Store(Article("late", origin: "/in/late.txt"));
        Assert.Equal(new StoreStatistics(1, 0, 0, 1, 1), store.GetStatistics());
    }

    [SkippableFact]
    public void Date_range_filters_and_orders_articles()
    {
        var store = Open();
        store.Store(Article("c", new DateOnly(2015, 3, 1)));
        store.Store(Article("a", new DateOnly(2015, 1, 1)));
        store.Store(Article("b", new DateOnly(2015, 2, 1)));
        store.Store(Article("undated"));

        Assert.Equal(["undated", "a", "b", "c"], store.ReadArticles(ArticleQuery.All).Select(a => a.Id).OrderBy(id => id == "undated" ? 0 : 1).ThenBy(id => id, StringComparer.Ordinal));
        Assert.Equal(["a", "b"], store.ReadArticles(new ArticleQuery { To = new DateOnly(2015, 2, 1) }).Select(a => a.Id));
        Assert.Equal(["b", "c"], store.ReadArticles(new ArticleQuery { From = new DateOnly(2015, 1, 2) }).Select(a => a.Id));
        Assert.Equal(["b"], store.ReadArticles(new ArticleQuery { From = new DateOnly(2015, 2, 1), To = new DateOnly(2015, 2, 28) }).Select(a => a.Id));
    }

    [SkippableFact]
    public void Reopened_store_sees_committed_articles()
    {
        var store = Open();
        store.Store(Article("persist", events: 1));
        store.Dispose();

        var again = Open(fresh: false);
        Assert.Equal(new StoreStatistics(1, 1, 0, 0, 0), again.GetStatistics());
        Assert.False(again.Store(Article("persist")));
    }

    [SkippableFact]
    public void Jsonl_export_writes_the_stored_records()
    {
        var store = Open();
        store.Store(Article("x1", new DateOnly(2015, 2, 18)));
        store.Store(Article("x2", new DateOnly(2015, 2, 19)));
        using var output = new MemoryStream();
        using (var writer = ExportFormats.Find("jsonl")!.Create(output, ExportOptions.Default))
        {
            foreach (var article in store.ReadArticles(ArticleQuery.All))
            {
                writer.Write(article);
            }

            writer.Complete();
        }

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(Article("x1").RecordJson, lines[0]);
    }

    [SkippableFact]
    public void Finds_articles_by_id()
    {
        var store = Open();
        store.Store(Article("f1", new DateOnly(2015, 2, 18), events: 1));
        var found = store.FindArticle("f1");
        Assert.NotNull(found);
        Assert.Equal("Title f1", found.Title);
        Assert.Equal(new DateOnly(2015, 2, 18), found.Published);
        Assert.Contains("\"events\"", found.RecordJson, StringComparison.Ordinal);
        Assert.Null(store.FindArticle("missing"));
    }

    [SkippableFact]
    public void Queries_events_with_filters_and_pages()
    {
        var store = Open();
        store.Store(Article("q1", new DateOnly(2015, 2, 18), events: 3));
        store.Store(Article("q2", new DateOnly(2015, 2, 19), events: 2));

        var all = store.QueryEvents(new EventQuery { Limit = 2 });
        Assert.Equal(5, all.Total);
        Assert.Equal(2, all.Items.Count);
        Assert.Equal("2015-02-12", JsonDocument.Parse(all.Items[0].Json).RootElement.GetProperty("date").GetProperty("value").GetString()); // newest first
        Assert.Equal("q1-3", all.Items[0].Id);
        Assert.Equal("Title q1", all.Items[0].Article.Title);

        var second = store.QueryEvents(new EventQuery { Offset = 4, Limit = 2 });
        Assert.Single(second.Items);
        Assert.Equal(5, second.Total);

        Assert.Equal(2, store.QueryEvents(new EventQuery { From = new DateOnly(2015, 2, 11), To = new DateOnly(2015, 2, 11) }).Total);
        Assert.Equal(5, store.QueryEvents(new EventQuery { Country = "lby" }).Total);
        Assert.Equal(0, store.QueryEvents(new EventQuery { Country = "EGY" }).Total);
        Assert.Equal(5, store.QueryEvents(new EventQuery { Type = "assault" }).Total);
        Assert.Equal(0, store.QueryEvents(new EventQuery { Type = "PROTEST" }).Total);
        Assert.Equal(0, store.QueryEvents(new EventQuery { BoundingBox = (10, 30, 20, 35) }).Total); // these events have no coordinates
    }

    [SkippableFact]
    public void Recluster_links_reports_of_one_incident_from_different_articles()
    {
        var store = Open();
        const string Attack = """{"type":"ASSAULT","actors":[{"text":"IS","entityId":"Q2429253"}],"date":{"value":"2015-01-27","basis":"explicit"},"location":{"name":"Tripoli","lat":32.89,"lon":13.19,"countryCode":"LBY","precision":1},"killed":{"value":9},"evidence":[{"text":"Gunmen stormed the Corinthia hotel in Tripoli"}]}""";
        const string Other = """{"type":"PROTEST","date":{"value":"2015-01-20","basis":"explicit"},"location":{"countryCode":"LBY"}}""";
        store.Store(WithEvents(Article("r1", new DateOnly(2015, 2, 18)), Attack, Other));
        store.Store(WithEvents(Article("r2", new DateOnly(2015, 2, 19)), Attack));
        Assert.Equal(1, store.Recluster());
        var (items, total) = store.ReadClusters(0, 10);
        Assert.Equal(1, total);
        using var cluster = JsonDocument.Parse(items[0]);
        var ids = cluster.RootElement.GetProperty("eventIds").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Contains("r2-1", ids);
        Assert.Equal(1, store.Recluster()); // rebuilt, not added to
        Assert.Equal(0, store.ReadClusters(0, 10, "EGY").Total);
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected virtual void Cleanup()
    {
    }

    private sealed class BreakingList<T>(IReadOnlyList<T> inner, int failAt) : IReadOnlyList<T>
    {
        public T this[int index] => index >= failAt ? throw new InvalidOperationException("simulated failure mid-article") : inner[index];

        public int Count => inner.Count;

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

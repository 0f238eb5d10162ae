namespace Wirewatch.Storage;

/// <summary>
/// Where processed articles live. Each <see cref="Store"/> is one transaction: an article is stored with
/// all its events and quotes or not at all, so a killed process never leaves a partial article.
/// A store is used by one thread at a time (the ingest engine has one writer).
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Human-readable location, e.g. <c>SQLite /data/news.db</c>; never contains a password.</summary>
    string Description { get; }

    /// <summary>Id, canonical URL and text fingerprint of every stored article, for deduplication before processing.</summary>
    IReadOnlyList<ArticleFingerprint> LoadFingerprints(CancellationToken cancellationToken = default);

    /// <summary>Stores the article, its events and quotes in one transaction; false when an article with its id is already stored (nothing changes then).</summary>
    bool Store(ArticleRecord article);

    /// <summary>Stores the article in one transaction, replacing the row, events and quotes of an article with its id (a worker's redelivered work item).</summary>
    void Replace(ArticleRecord article);

    /// <summary>Records (or replaces) why a source was skipped or failed; storing an article from that source later removes the entry.</summary>
    void RecordFailure(FailureRecord failure);

    StoreStatistics GetStatistics();

    /// <summary>Stored articles matching <paramref name="query"/>, ordered by publication date then id.</summary>
    IEnumerable<StoredArticle> ReadArticles(ArticleQuery query, CancellationToken cancellationToken = default);

    /// <summary>One article by id, or null.</summary>
    StoredArticle? FindArticle(string id);

    /// <summary>A page of the events matching <paramref name="query"/>, newest event date first.</summary>
    EventPage QueryEvents(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Rebuilds the clusters of events from different articles (deterministic; one transaction); returns how many have two or more reports.</summary>
    int Recluster(CancellationToken cancellationToken = default);

    /// <summary>
    /// Rebuilds the clusters of one country and period (<paramref name="scope"/>), reading a halo of days around it;
    /// the result for a scope is the same as that part of a whole-store recluster. Returns how many clusters were written.
    /// </summary>
    int Recluster(Clustering.ReclusterScope scope, CancellationToken cancellationToken = default);

    /// <summary>A page of clusters (JSON), newest incident first, optionally in one country.</summary>
    (IReadOnlyList<string> Items, int Total) ReadClusters(int offset, int limit, string? country = null);
}

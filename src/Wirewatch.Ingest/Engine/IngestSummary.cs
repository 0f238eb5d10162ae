namespace Wirewatch.Ingest.Engine;

/// <summary>
/// Running totals of an ingest. Counters are safe to read while it runs (for progress); the list of
/// rejections is complete once the run has finished.
/// </summary>
public sealed class IngestSummary
{
    /// <summary>Rejections kept for the report; beyond this only the counts grow.</summary>
    public const int MaxKeptRejections = 10_000;

    private readonly List<IngestRejection> _rejections = [];
    private long _sourcesRead;
    private long _articlesRead;
    private long _stored;
    private long _alreadyStored;
    private long _duplicates;
    private long _skipped;
    private long _failed;
    private long _words;

    public IngestSummary(int sources)
    {
        Sources = sources;
    }

    /// <summary>Files and URLs to read.</summary>
    public int Sources { get; }

    public long SourcesRead => Interlocked.Read(ref _sourcesRead);

    /// <summary>Articles found in the sources (before dedup and language checks).</summary>
    public long ArticlesRead => Interlocked.Read(ref _articlesRead);

    /// <summary>Articles processed and newly stored.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    public long AlreadyStored => Interlocked.Read(ref _alreadyStored);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Skipped => Interlocked.Read(ref _skipped);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Words of the stored articles.</summary>
    public long Words => Interlocked.Read(ref _words);

    public TimeSpan Elapsed { get; internal set; }

    public bool Cancelled { get; internal set; }

    public IReadOnlyList<IngestRejection> Rejections => _rejections;

    internal void SourceDone() => Interlocked.Increment(ref _sourcesRead);

    internal void ArticleRead() => Interlocked.Increment(ref _articlesRead);

    internal void AddStored(int words)
    {
        Interlocked.Increment(ref _stored);
        Interlocked.Add(ref _words, words);
    }

    internal void Add(IngestRejection rejection)
    {
        switch (rejection.Kind)
        {
            case RejectionKind.AlreadyStored:
                Interlocked.Increment(ref _alreadyStored);
                return;
            case RejectionKind.Duplicate:
                Interlocked.Increment(ref _duplicates);
                break;
            case RejectionKind.Skipped:
                Interlocked.Increment(ref _skipped);
                break;
            default:
                Interlocked.Increment(ref _failed);
                break;
        }

        if (_rejections.Count < MaxKeptRejections)
        {
            _rejections.Add(rejection);
        }
    }
}

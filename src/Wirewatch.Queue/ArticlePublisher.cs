using System.Diagnostics;
using Wirewatch.Ingest;
using Wirewatch.Ingest.Dedup;
using Wirewatch.Ingest.Engine;
using Wirewatch.Ingest.Readers;
using Wirewatch.Storage;

namespace Wirewatch.Queue;

/// <summary>
/// The publishing half of a distributed ingest: reads the inputs with the same readers as a single-node ingest,
/// gives each article its id (hash of the canonical URL, else of the text), and publishes it as a work item with
/// that id as message id. Inputs that cannot be read, and articles too large for one message, are recorded in the
/// store's failed table with the reason; articles the store already holds are not published again. Language
/// checks and processing happen on the workers.
/// </summary>
public sealed class ArticlePublisher
{
    private readonly IWorkQueue _queue;
    private readonly IArticleStore _store;
    private readonly object _storeLock = new();
    private readonly HashSet<string> _known;

    public ArticlePublisher(IWorkQueue queue, IArticleStore store, IReadOnlyList<ArticleFingerprint> known)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(known);
        _queue = queue;
        _store = store;
        _known = new HashSet<string>(known.Count, StringComparer.Ordinal);
        foreach (var fingerprint in known)
        {
            _known.Add(fingerprint.Id);
        }
    }

    /// <summary>The <c>--date</c> override: every article gets this publication date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Largest input file read whole.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Inputs read at the same time (publishes wait for the servers' confirmation, so a few in parallel pay).</summary>
    public int Parallelism { get; init; } = 4;

    public async Task<PublishSummary> RunAsync(IReadOnlyList<InputSource> sources, PublishSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(summary);
        var clock = Stopwatch.StartNew();
        await _queue.InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Parallel.ForEachAsync(
                sources,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism), CancellationToken = cancellationToken },
                async (source, ct) =>
                {
                    foreach (var result in await ReadAsync(source, ct).ConfigureAwait(false))
                    {
                        if (result.Article is { } article)
                        {
                            summary.ArticleRead();
                            await PublishAsync(article, summary, ct).ConfigureAwait(false);
                        }
                        else
                        {
                            Reject(summary, result.Rejection!);
                        }
                    }

                    summary.SourceDone();
                }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            summary.Cancelled = true;
        }

        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    private async Task PublishAsync(RawArticle article, PublishSummary summary, CancellationToken cancellationToken)
    {
        var canonical = UrlCanonicalizer.Canonicalize(article.Url);
        var id = ArticleId.For(canonical, article.Text);
        lock (_known)
        {
            if (_known.Contains(id))
            {
                summary.CountAlreadyStored();
                return;
            }
        }

        var (published, basis) = Date is { } date ? (date, Ingest.Dates.DateBasis.Option) : (article.Published, article.DateBasis);
        var item = new ArticleWorkItem
        {
            Id = id,
            Origin = article.Origin,
            Text = article.Text,
            Url = article.Url,
            CanonicalUrl = canonical,
            Title = article.Title,
            Source = article.Source,
            Published = published,
            DateBasis = published is null ? null : basis,
        };
        var body = item.ToUtf8();
        if (body.Length > _queue.MaxMessageBytes)
        {
            Reject(summary, new IngestRejection(article.Origin, RejectionKind.Failed,
                $"article is {body.Length / 1024} KiB as a work item; the queue's message limit is {_queue.MaxMessageBytes / 1024} KiB (split it, or ingest it on a single node)"));
            return;
        }

        summary.Count(await _queue.PublishArticleAsync(id, body, cancellationToken).ConfigureAwait(false));
    }

    private void Reject(PublishSummary summary, IngestRejection rejection)
    {
        summary.Reject(rejection);
        var kind = rejection.Kind switch
        {
            RejectionKind.Failed => FailureKind.Failed,
            RejectionKind.Skipped => FailureKind.Skipped,
            _ => (FailureKind?)null,
        };
        if (kind is not null)
        {
            lock (_storeLock)
            {
                _store.RecordFailure(new FailureRecord(rejection.Source, kind.Value, rejection.Reason, DateTimeOffset.UtcNow));
            }
        }
    }

    private Task<IReadOnlyList<ReadResult>> ReadAsync(InputSource source, CancellationToken cancellationToken) =>
        SourceReader.ReadAsync(source, MaxFileBytes, cancellationToken);
}

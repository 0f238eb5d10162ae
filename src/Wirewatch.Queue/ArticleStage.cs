using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Ingest.Dedup;
using Wirewatch.Ingest.Language;
using Wirewatch.Storage;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Queue;

/// <summary>
/// The article stage of a worker: one delivery of an article message in, its outputs in the store exactly once.
/// Order: commit (article, events and quotes replaced in one transaction, keyed by article id, tagged with the
/// pipeline version) → publish event candidates → ack. A crash between any two steps is repaired by redelivery:
/// the commit is replaced by an identical one and candidates are deduplicated by message id (and by mention id in
/// the cluster stage). Failures are retried until the queue's last delivery, which records the reason in the
/// store's failed table. A stage uses its store from one thread at a time.
/// </summary>
public sealed class ArticleStage
{
    private readonly Pipeline _pipeline;
    private readonly IArticleStore _store;
    private readonly IWorkQueue _queue;
    private readonly TimeSpan _retryDelay;

    public ArticleStage(Pipeline pipeline, IArticleStore store, IWorkQueue queue, string pipelineVersion, TimeSpan? retryDelay = null, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentException.ThrowIfNullOrEmpty(pipelineVersion);
        _pipeline = pipeline;
        _store = store;
        _queue = queue;
        PipelineVersion = pipelineVersion;
        _retryDelay = retryDelay ?? TimeSpan.FromSeconds(1);
        Timings = timings ?? new StageTimings();
    }

    /// <summary>Where the time went.</summary>
    public StageTimings Timings { get; }

    public string PipelineVersion { get; }

    /// <summary>The reason of the last retried or failed delivery, for progress messages.</summary>
    public string? LastError { get; private set; }

    /// <summary>
    /// Handles one delivery. <paramref name="stopping"/> only says the worker is shutting down: processing already
    /// begun is finished (and acked) so that a clean stop hands nothing back half done.
    /// </summary>
    public async Task<ArticleOutcome> HandleAsync(IWorkMessage message, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(message);
        var none = CancellationToken.None;
        ArticleWorkItem item;
        try
        {
            item = ArticleWorkItem.FromUtf8(message.Body.Span);
        }
        catch (FormatException ex)
        {
            // Deterministic: no later delivery can read it either.
            return await FailAsync(message, $"queue message {message.Id}", $"unreadable work item: {ex.Message}").ConfigureAwait(false);
        }

        if (stopping.IsCancellationRequested)
        {
            try
            {
                await message.NakAsync(TimeSpan.Zero, none).ConfigureAwait(false);
            }
            catch (QueueException)
            {
                // The ack deadline brings it back.
            }

            return ArticleOutcome.Released;
        }

        bool last = message.DeliveryCount >= _queue.MaxDeliver;
        if (last && message.DeliveryCount > 1)
        {
            // If this delivery kills the worker too (or runs past the ack deadline again), the reason stays behind;
            // storing the article clears it.
            Record(new FailureRecord(item.Origin, FailureKind.Failed,
                $"delivered {message.DeliveryCount} times without being stored (a worker died or missed the ack deadline while processing it)", DateTimeOffset.UtcNow));
        }

        ArticleRecord record;
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var language = LanguageDetector.Detect(item.Text);
            if (!language.Accept)
            {
                _store.RecordFailure(new FailureRecord(item.Origin, FailureKind.Skipped, language.Reason, DateTimeOffset.UtcNow));
                await message.AckAsync(none).ConfigureAwait(false);
                return ArticleOutcome.Skipped;
            }

            record = await ProcessAsync(message, item, language.Code).ConfigureAwait(false);
            Timings.AddPipeline(started);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StorageException and not QueueException)
        {
            // The same single-node ingest reason, once the deliveries are used up.
            return await RetryOrFailAsync(message, item.Origin, last, $"processing failed: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StorageException or QueueException)
        {
            return await RetryAsync(message, ex.Message).ConfigureAwait(false);
        }

        try
        {
            started = System.Diagnostics.Stopwatch.GetTimestamp();
            _store.Replace(record);
            Timings.AddStore(started);
            started = System.Diagnostics.Stopwatch.GetTimestamp();
            // All candidates at once: each publish waits for the servers' confirmation, so in turn they would add up.
            var candidates = PartitionMap.FromArticle(record, PipelineVersion);
            var publishes = new Task<PublishOutcome>[candidates.Count];
            for (int i = 0; i < candidates.Count; i++)
            {
                var candidate = candidates[i];
                publishes[i] = _queue.PublishCandidateAsync(candidate.Partition, $"{candidate.MentionId}:{PipelineVersion}", candidate.ToUtf8(), none).AsTask();
            }

            await Task.WhenAll(publishes).ConfigureAwait(false);

            await message.AckAsync(none).ConfigureAwait(false);
            Timings.AddPublish(started);
            return ArticleOutcome.Stored;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Transient (a database or broker restart, a dropped connection): another delivery replaces whatever was committed.
            return await RetryAsync(message, ex is StorageException or QueueException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>Runs the pipeline; a long article keeps its delivery by pushing the ack deadline back meanwhile.</summary>
    private async Task<ArticleRecord> ProcessAsync(IWorkMessage message, ArticleWorkItem item, string language)
    {
        if (_queue.AckWait is not { } ackWait)
        {
            return Process(item, language);
        }

        var work = Task.Run(() => Process(item, language));
        var every = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond / 2, ackWait.Ticks / 3));
        while (true)
        {
            try
            {
                return await work.WaitAsync(every).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                try
                {
                    await message.InProgressAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (QueueException)
                {
                    // The broker is away; if the deadline passes, another delivery replaces this one's result.
                }
            }
        }
    }

    private ArticleRecord Process(ArticleWorkItem item, string language)
    {
        var fingerprint = SimHash.Compute(item.Text);
        var metadata = new ArticleMetadata
        {
            Id = item.Id,
            Url = item.Url,
            Title = item.Title,
            Source = item.Source,
            Published = item.Published,
            Language = language,
        };
        var document = _pipeline.Process(new Document(item.Text, metadata), CancellationToken.None);
        return ArticleRecord.FromDocument(document, item.Origin, item.CanonicalUrl, item.DateBasis, fingerprint.Words, fingerprint.SimHash, PipelineVersion);
    }

    private async Task<ArticleOutcome> RetryOrFailAsync(IWorkMessage message, string origin, bool last, string reason)
    {
        if (last)
        {
            return await FailAsync(message, origin, $"{reason} (after {message.DeliveryCount} deliveries)").ConfigureAwait(false);
        }

        return await RetryAsync(message, reason).ConfigureAwait(false);
    }

    private async Task<ArticleOutcome> RetryAsync(IWorkMessage message, string reason)
    {
        LastError = reason;
        try
        {
            await message.NakAsync(_retryDelay, CancellationToken.None).ConfigureAwait(false);
        }
        catch (QueueException)
        {
            // The broker is away too; the ack deadline brings the message back.
        }

        return ArticleOutcome.Retried;
    }

    private async Task<ArticleOutcome> FailAsync(IWorkMessage message, string origin, string reason)
    {
        LastError = reason;
        try
        {
            _store.RecordFailure(new FailureRecord(origin, FailureKind.Failed, reason, DateTimeOffset.UtcNow));
        }
        catch (StorageException ex)
        {
            return await RetryAsync(message, ex.Message).ConfigureAwait(false);
        }

        try
        {
            await message.TermAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (QueueException)
        {
            // Delivered again later and recorded again: the failed row is keyed by source.
        }

        return ArticleOutcome.Failed;
    }

    private void Record(FailureRecord failure)
    {
        try
        {
            _store.RecordFailure(failure);
        }
        catch (StorageException)
        {
            // Only a note for the operator; the delivery goes on.
        }
    }
}

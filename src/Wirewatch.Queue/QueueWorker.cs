using Wirewatch.Storage;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Queue;

/// <summary>
/// One worker process's loops over a work queue: <see cref="WorkerOptions.Threads"/> article loops (each with its
/// own store connection and <see cref="ArticleStage"/>) and, with a cluster stage, one loop per partition that has
/// candidates (one candidate in flight per partition across all workers; applies in this process go through one
/// stage, one at a time). Runs until cancelled; work already begun is finished, so a stop leaves nothing half done.
/// </summary>
public sealed class QueueWorker
{
    private readonly IWorkQueue _queue;
    private readonly WorkerOptions _options;
    private readonly string _version;

    public QueueWorker(IWorkQueue queue, WorkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(options);
        _queue = queue;
        _options = options;
        _version = options.PipelineVersion ?? PipelineVersion.Of(options.Pipeline);
    }

    public WorkerProgress Progress { get; } = new();

    public string PipelineVersionInUse => _version;

    /// <summary>Runs until <paramref name="stop"/> is cancelled; throws only what cannot be retried (e.g. the store cannot be opened).</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        await _queue.InitializeAsync(stop).ConfigureAwait(false);
        var stores = new List<IArticleStore>();
        IClusterStage? clusterStage = null;
        try
        {
            var loops = new List<Task>();
            for (int i = 0; i < Math.Max(1, _options.Threads); i++)
            {
                var store = _options.OpenStore();
                stores.Add(store);
                var stage = new ArticleStage(_options.Pipeline, store, _queue, _version, _options.RetryDelay, Progress.Timings);
                loops.Add(Task.Run(() => ArticleLoopAsync(stage, stop), CancellationToken.None));
            }

            if (_options.OpenClusterStage is { } open)
            {
                clusterStage = open();
                loops.Add(Task.Run(() => ClusterLoopsAsync(clusterStage, stop), CancellationToken.None));
            }

            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        finally
        {
            clusterStage?.Dispose();
            foreach (var store in stores)
            {
                store.Dispose();
            }
        }
    }

    private async Task ArticleLoopAsync(ArticleStage stage, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                long waiting = System.Diagnostics.Stopwatch.GetTimestamp();
                await foreach (var message in _queue.ConsumeArticlesAsync(stop).ConfigureAwait(false))
                {
                    Progress.Timings.AddWaiting(waiting);
                    try
                    {
                        var outcome = await stage.HandleAsync(message, stop).ConfigureAwait(false);
                        Progress.Count(outcome, stage.LastError);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // Nothing about one message may end the loop: the ack deadline brings the message back.
                        Progress.Count(ArticleOutcome.Retried, $"{ex.GetType().Name}: {ex.Message}");
                    }

                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    waiting = System.Diagnostics.Stopwatch.GetTimestamp();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (QueueException ex)
            {
                // The servers stayed away longer than the retries: consume again after a pause.
                Progress.Count(ArticleOutcome.Retried, ex.Message);
                await Task.Delay(_options.RetryDelay, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task ClusterLoopsAsync(IClusterStage stage, CancellationToken stop)
    {
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        using var gate = new SemaphoreSlim(1, 1);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                IReadOnlyList<string> partitions;
                try
                {
                    partitions = await _queue.ListPartitionsAsync(stop).ConfigureAwait(false);
                }
                catch (QueueException ex)
                {
                    Progress.CountClusterRetry(ex.Message);
                    partitions = [];
                }

                foreach (var partition in partitions)
                {
                    if (!running.ContainsKey(partition))
                    {
                        running[partition] = Task.Run(() => PartitionLoopAsync(stage, gate, partition, stop), CancellationToken.None);
                    }
                }

                await Task.Delay(_options.PartitionScan, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running.Values).ConfigureAwait(false);
    }

    private async Task PartitionLoopAsync(IClusterStage stage, SemaphoreSlim gate, string partition, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await foreach (var message in _queue.ConsumeCandidatesAsync(partition, stop).ConfigureAwait(false))
                {
                    await ApplyAsync(stage, gate, message).ConfigureAwait(false);
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (QueueException ex)
            {
                // A broker restart: consume again after a pause.
                Progress.CountClusterRetry(ex.Message);
                await Task.Delay(_options.RetryDelay, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task ApplyAsync(IClusterStage stage, SemaphoreSlim gate, IWorkMessage message)
    {
        var none = CancellationToken.None;
        EventCandidate candidate;
        try
        {
            candidate = EventCandidate.FromUtf8(message.Body.Span);
        }
        catch (FormatException ex)
        {
            Progress.CountClusterRetry($"unreadable candidate {message.Id}: {ex.Message}");
            await message.TermAsync(none).ConfigureAwait(false);
            return;
        }

        await gate.WaitAsync(none).ConfigureAwait(false);
        try
        {
            stage.Apply(candidate, none);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Retried; after the last delivery the candidate is dropped (recluster rebuilds clusters from the events).
            Progress.CountClusterRetry($"cluster stage, {candidate.MentionId}: {ex.Message}");
            try
            {
                await message.NakAsync(_options.RetryDelay, none).ConfigureAwait(false);
            }
            catch (QueueException)
            {
            }

            return;
        }
        finally
        {
            gate.Release();
        }

        try
        {
            await message.AckAsync(none).ConfigureAwait(false);
            Progress.CountClustered();
        }
        catch (QueueException ex)
        {
            // Redelivered later; Apply is idempotent.
            Progress.CountClusterRetry(ex.Message);
        }
    }
}

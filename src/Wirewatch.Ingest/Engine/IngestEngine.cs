using System.Diagnostics;
using System.Threading.Channels;
using Wirewatch.Core.Documents;
using Wirewatch.Ingest.Dates;
using Wirewatch.Ingest.Dedup;
using Wirewatch.Ingest.Language;
using Wirewatch.Ingest.Readers;

namespace Wirewatch.Ingest.Engine;

/// <summary>
/// Reads, checks, processes and stores articles with bounded channels between the stages:
/// readers (N) → processors (N: id, known-article check, language, dedup, pipeline, serialisation) →
/// one writer. The writer is the only stage that touches the store, one article per transaction;
/// on cancellation the stages before it stop and it finishes what it has been handed, so the store
/// never holds part of an article.
/// </summary>
public sealed class IngestEngine
{
    private readonly IngestOptions _options;
    private readonly DuplicateIndex _index = new();

    public IngestEngine(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        foreach (var known in options.Known)
        {
            _index.AddStored(known.Id, known.SimHash);
        }
    }

    public Task<IngestSummary> RunAsync<T>(IReadOnlyList<InputSource> sources, IArticleSink<T> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return RunAsync(sources, sink, new IngestSummary(sources.Count), cancellationToken);
    }

    /// <summary>Runs with a summary the caller created, so that it can show progress while the run goes on.</summary>
    public async Task<IngestSummary> RunAsync<T>(IReadOnlyList<InputSource> sources, IArticleSink<T> sink, IngestSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(summary);
        var clock = Stopwatch.StartNew();
        int workers = Math.Max(1, _options.Workers);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;

        var inputs = Channel.CreateBounded<InputSource>(new BoundedChannelOptions(workers * 2) { SingleWriter = true });
        var raw = Channel.CreateBounded<ReadResult>(new BoundedChannelOptions(workers * 4));
        var output = Channel.CreateBounded<Output<T>>(new BoundedChannelOptions(workers * 4) { SingleReader = true });

        var producer = Task.Run(
            () => Guard(
                async () =>
                {
                    foreach (var source in sources)
                    {
                        await inputs.Writer.WriteAsync(source, token).ConfigureAwait(false);
                    }
                },
                inputs.Writer,
                token),
            CancellationToken.None);

        var readers = new Task[workers];
        for (int i = 0; i < workers; i++)
        {
            readers[i] = Task.Run(() => Guard(() => ReadLoopAsync(inputs.Reader, raw.Writer, summary, token), null, token), CancellationToken.None);
        }

        var processors = new Task[workers];
        for (int i = 0; i < workers; i++)
        {
            processors[i] = Task.Run(() => Guard(() => ProcessLoopAsync(raw.Reader, output.Writer, sink, token), null, token), CancellationToken.None);
        }

        var readersDone = Task.WhenAll(readers).ContinueWith(_ => raw.Writer.TryComplete(), TaskScheduler.Default);
        var processorsDone = Task.WhenAll(processors).ContinueWith(_ => output.Writer.TryComplete(), TaskScheduler.Default);

        // The writer drains everything the processors handed over, even after cancellation.
        var writer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in output.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
                    {
                        if (item.Rejection is not null)
                        {
                            summary.Add(item.Rejection);
                            sink.Reject(item.Rejection);
                        }
                        else if (sink.Write(item.Prepared!))
                        {
                            summary.AddStored(item.Words);
                        }
                        else
                        {
                            summary.Add(new IngestRejection(item.Origin, RejectionKind.AlreadyStored, "already stored"));
                        }
                    }
                }
                catch
                {
                    // A store that fails stops the run; the stages before it see the cancellation and end.
                    await stop.CancelAsync().ConfigureAwait(false);
                    throw;
                }
            },
            CancellationToken.None);

        // Every stage ends on its own (input exhausted or cancelled); wait for all of them, then report the first real failure.
        await Task.WhenAll(readersDone, processorsDone).ConfigureAwait(false);
        var failures = new List<Exception>();
        foreach (var task in readers.Concat(processors).Append(producer))
        {
            if (task.Exception is { } ex)
            {
                failures.AddRange(ex.InnerExceptions);
            }
        }

        try
        {
            await writer.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failures.Insert(0, ex);
        }

        summary.Elapsed = clock.Elapsed;
        summary.Cancelled = cancellationToken.IsCancellationRequested;
        if (failures.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failures[0]).Throw();
        }

        return summary;
    }

    /// <summary>Runs a stage; cancellation ends it quietly, and <paramref name="complete"/> is completed either way.</summary>
    private static async Task Guard(Func<Task> stage, ChannelWriter<InputSource>? complete, CancellationToken token)
    {
        try
        {
            await stage().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (ChannelClosedException) when (token.IsCancellationRequested)
        {
        }
        finally
        {
            complete?.TryComplete();
        }
    }

    private async Task ReadLoopAsync(ChannelReader<InputSource> inputs, ChannelWriter<ReadResult> raw, IngestSummary summary, CancellationToken token)
    {
        await foreach (var source in inputs.ReadAllAsync(token).ConfigureAwait(false))
        {
            foreach (var result in await ReadSourceAsync(source, token).ConfigureAwait(false))
            {
                if (result.Article is not null)
                {
                    summary.ArticleRead();
                }

                await raw.WriteAsync(result, token).ConfigureAwait(false);
            }

            summary.SourceDone();
        }
    }

    private Task<IReadOnlyList<ReadResult>> ReadSourceAsync(InputSource source, CancellationToken token) =>
        SourceReader.ReadAsync(source, _options.MaxFileBytes, token);

    private async Task ProcessLoopAsync<T>(ChannelReader<ReadResult> raw, ChannelWriter<Output<T>> output, IArticleSink<T> sink, CancellationToken token)
    {
        await foreach (var item in raw.ReadAllAsync(token).ConfigureAwait(false))
        {
            var result = item.Article is null ? Output<T>.Rejected(item.Rejection!) : Process(item.Article, sink, token);
            await output.WriteAsync(result, token).ConfigureAwait(false);
        }
    }

    private Output<T> Process<T>(RawArticle article, IArticleSink<T> sink, CancellationToken token)
    {
        var canonical = UrlCanonicalizer.Canonicalize(article.Url);
        var id = ArticleId.For(canonical, article.Text);
        if (_index.IsStored(id))
        {
            return Output<T>.Rejected(new IngestRejection(article.Origin, RejectionKind.AlreadyStored, $"already stored (id {id})"));
        }

        var language = LanguageDetector.Detect(article.Text);
        if (!language.Accept)
        {
            return Output<T>.Rejected(new IngestRejection(article.Origin, RejectionKind.Skipped, language.Reason));
        }

        var fingerprint = SimHash.Compute(article.Text);
        var check = _index.TryReserve(id, article.Origin, canonical is not null, fingerprint.SimHash);
        if (check.IsDuplicate)
        {
            return Output<T>.Rejected(new IngestRejection(article.Origin, check.Kind, check.Reason));
        }

        var (published, basis) = _options.Date is { } date ? (date, DateBasis.Option) : (article.Published, article.DateBasis);
        var metadata = new ArticleMetadata
        {
            Id = id,
            Url = article.Url,
            Title = article.Title,
            Source = article.Source,
            Published = published,
            Language = language.Code,
        };

        try
        {
            var document = _options.Pipeline.Process(new Document(article.Text, metadata), token);
            var prepared = sink.Prepare(new ProcessedArticle(document, article, canonical, published is null ? null : basis, fingerprint.SimHash, fingerprint.Words));
            return new Output<T>(prepared, null, article.Origin, fingerprint.Words);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One article that breaks a component must not stop a run over thousands.
            return Output<T>.Rejected(new IngestRejection(article.Origin, RejectionKind.Failed, $"processing failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private sealed record Output<T>(T? Prepared, IngestRejection? Rejection, string Origin, int Words)
    {
        public static Output<T> Rejected(IngestRejection rejection) => new(default, rejection, rejection.Source, 0);
    }
}

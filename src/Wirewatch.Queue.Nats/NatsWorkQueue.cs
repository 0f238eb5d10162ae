using System.Runtime.CompilerServices;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Wirewatch.Queue.Nats;

/// <summary>
/// The work queue on a NATS JetStream cluster. Two work-queue streams: <c>WIREWATCH_ARTICLES</c> (subject
/// <c>wirewatch.articles</c>, one durable pull consumer shared by all workers) and <c>WIREWATCH_CANDIDATES</c>
/// (subjects <c>wirewatch.candidates.&lt;partition&gt;</c>, one durable consumer per partition with one message in
/// flight); another <see cref="NatsQueueOptions.Namespace"/> replaces <c>wirewatch</c> in these names. Streams and consumers are created on first use. Publishes carry the message id for the server's
/// duplicate window and are retried through a server restart (the id makes a retry safe).
/// </summary>
public sealed class NatsWorkQueue : IWorkQueue
{

    // Room left in a message for the headers (message id) next to the body.
    private const int HeaderAllowance = 1024;

    private readonly NatsConnection _connection;
    private readonly NatsJSContext _js;
    private readonly NatsQueueOptions _options;
    private readonly int _replicas;
    private readonly SemaphoreSlim _setup = new(1, 1);
    private bool _initialized;

    private NatsWorkQueue(NatsConnection connection, string description, int servers, NatsQueueOptions options)
    {
        _connection = connection;
        _js = new NatsJSContext(connection);
        _options = options;
        Description = description;
        _replicas = options.Replicas ?? Math.Min(3, servers);
        var name = options.Namespace;
        ArticleStream = name.ToUpperInvariant() + "_ARTICLES";
        ArticleSubject = name + ".articles";
        ArticleConsumer = name + "-workers";
        CandidateStream = name.ToUpperInvariant() + "_CANDIDATES";
        CandidatePrefix = name + ".candidates.";
    }

    /// <summary>The article stream, <c>WIREWATCH_ARTICLES</c> by default.</summary>
    public string ArticleStream { get; }

    public string ArticleSubject { get; }

    /// <summary>The durable consumer all workers share.</summary>
    public string ArticleConsumer { get; }

    /// <summary>The candidate stream, <c>WIREWATCH_CANDIDATES</c> by default.</summary>
    public string CandidateStream { get; }

    /// <summary>Subjects of candidates: this, then the partition.</summary>
    public string CandidatePrefix { get; }

    public string Description { get; }

    public int MaxMessageBytes => (int)Math.Max(1, (_connection.ServerInfo?.MaxPayload ?? 1024 * 1024) - HeaderAllowance);

    public int MaxDeliver => _options.MaxDeliver;

    public TimeSpan? AckWait => _options.AckWait;

    /// <summary>Connects to the servers in <paramref name="spec"/>: <c>nats://HOST:PORT[,HOST:PORT…]</c>.</summary>
    /// <exception cref="QueueException">No server answered.</exception>
    public static async Task<NatsWorkQueue> ConnectAsync(string spec, NatsQueueOptions? options = null, string? clientName = null, CancellationToken cancellationToken = default)
    {
        var urls = ParseServers(spec);
        var description = "NATS " + string.Join(",", urls.Select(u => u["nats://".Length..]));
        var connection = new NatsConnection(new NatsOpts
        {
            Url = string.Join(",", urls),
            Name = clientName ?? "wirewatch",
            ConnectTimeout = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromSeconds(10),
            MaxReconnectRetry = -1,
            ReconnectWaitMin = TimeSpan.FromMilliseconds(200),
            ReconnectWaitMax = TimeSpan.FromSeconds(2),
        });
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new QueueException(description, $"cannot connect: {ex.Message}", ex);
        }

        return new NatsWorkQueue(connection, description, urls.Count, options ?? new NatsQueueOptions());
    }

    /// <summary>The server URLs of a <c>--queue</c> value, each as <c>nats://host:port</c>.</summary>
    /// <exception cref="ArgumentException">The value is not a list of nats:// servers.</exception>
    public static IReadOnlyList<string> ParseServers(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        var list = new List<string>();
        foreach (var raw in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var part = raw.Contains("://", StringComparison.Ordinal) ? raw : "nats://" + raw;
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme != "nats" || string.IsNullOrEmpty(uri.Host))
            {
                throw new ArgumentException($"'{raw}' is not a NATS server; expected nats://HOST:PORT[,HOST:PORT...]", nameof(spec));
            }

            list.Add($"nats://{uri.Host}:{(uri.IsDefaultPort || uri.Port < 0 ? 4222 : uri.Port)}");
        }

        return list.Count > 0 ? list : throw new ArgumentException("no NATS server given; expected nats://HOST:PORT[,HOST:PORT...]", nameof(spec));
    }

    public async ValueTask InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _setup.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            await Retry("create the streams", async ct =>
            {
                await EnsureStreamAsync(ArticleStream, ArticleSubject, update: false, ct).ConfigureAwait(false);
                await EnsureStreamAsync(CandidateStream, CandidatePrefix + ">", update: false, ct).ConfigureAwait(false);
                await EnsureConsumerAsync(ArticleStream, ArticleConfig(), update: false, ct).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _setup.Release();
        }
    }

    /// <summary>Creates the streams and the article consumer, or updates them to these options (<c>queue init</c>).</summary>
    public async Task ApplyConfigurationAsync(CancellationToken cancellationToken)
    {
        await Retry("configure the streams", async ct =>
        {
            await EnsureStreamAsync(ArticleStream, ArticleSubject, update: true, ct).ConfigureAwait(false);
            await EnsureStreamAsync(CandidateStream, CandidatePrefix + ">", update: true, ct).ConfigureAwait(false);
            await EnsureConsumerAsync(ArticleStream, ArticleConfig(), update: true, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        _initialized = true;
    }

    /// <summary>Messages waiting in the article stream (published, not yet acked or terminated).</summary>
    public async Task<long> PendingArticlesAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await Retry("read the article stream", async ct =>
        {
            var stream = await _js.GetStreamAsync(ArticleStream, cancellationToken: ct).ConfigureAwait(false);
            return (long)stream.Info.State.Messages;
        }, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<PublishOutcome> PublishArticleAsync(string articleId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        return PublishAsync(ArticleSubject, articleId, body, cancellationToken);
    }

    public ValueTask<PublishOutcome> PublishCandidateAsync(string partition, string messageId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partition);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return PublishAsync(CandidatePrefix + partition, messageId, body, cancellationToken);
    }

    public IAsyncEnumerable<IWorkMessage> ConsumeArticlesAsync(CancellationToken cancellationToken) =>
        ConsumeAsync(ArticleStream, ArticleConfig(), cancellationToken);

    public async ValueTask<IReadOnlyList<string>> ListPartitionsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stream = await _js.GetStreamAsync(CandidateStream, new StreamInfoRequest { SubjectsFilter = CandidatePrefix + ">" }, cancellationToken).ConfigureAwait(false);
            var list = new List<string>();
            if (stream.Info.State.Subjects is { } subjects)
            {
                foreach (var subject in subjects.Keys)
                {
                    list.Add(subject[CandidatePrefix.Length..]);
                }
            }

            list.Sort(StringComparer.Ordinal);
            return list;
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            throw new QueueException(Description, $"cannot list the candidate partitions: {ex.Message}", ex);
        }
    }

    public IAsyncEnumerable<IWorkMessage> ConsumeCandidatesAsync(string partition, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partition);
        var config = new ConsumerConfig(CandidatePrefix.Replace('.', '-') + partition)
        {
            DurableName = CandidatePrefix.Replace('.', '-') + partition,
            FilterSubject = CandidatePrefix + partition,
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = _options.AckWait,
            MaxDeliver = _options.CandidateMaxDeliver,
            // One candidate of a partition in flight across all workers.
            MaxAckPending = 1,
        };
        return ConsumeAsync(CandidateStream, config, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        _setup.Dispose();
    }

    private ConsumerConfig ArticleConfig() => new(ArticleConsumer)
    {
        DurableName = ArticleConsumer,
        AckPolicy = ConsumerConfigAckPolicy.Explicit,
        AckWait = _options.AckWait,
        MaxDeliver = _options.MaxDeliver,
        MaxAckPending = 10_000,
    };

    private async IAsyncEnumerable<IWorkMessage> ConsumeAsync(string stream, ConsumerConfig config, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        INatsJSConsumer? consumer = null;
        var pull = new NatsJSNextOpts { Expires = TimeSpan.FromSeconds(5) };
        while (!cancellationToken.IsCancellationRequested)
        {
            INatsJSMsg<byte[]>? message = null;
            try
            {
                consumer ??= await EnsureConsumerAsync(stream, config, update: false, cancellationToken).ConfigureAwait(false);
                message = await consumer.NextAsync<byte[]>(opts: pull, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }
            catch (Exception ex) when (ex is NatsException or TimeoutException)
            {
                // A server went away or a leader is being elected: look the consumer up again after a pause.
                consumer = null;
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }

            if (message is not null)
            {
                yield return new NatsDelivery(message, Description);
            }
        }
    }

    private async ValueTask<PublishOutcome> PublishAsync(string subject, string messageId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (body.Length > MaxMessageBytes)
        {
            throw new QueueException(Description, $"message {messageId} is {body.Length} bytes; the servers accept at most {MaxMessageBytes}");
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var data = body.ToArray();
        var options = new NatsJSPubOpts { MsgId = messageId };
        return await Retry($"publish {messageId}", async ct =>
        {
            try
            {
                var ack = await _js.PublishAsync(subject, data, opts: options, cancellationToken: ct).ConfigureAwait(false);
                if (ack.Error is { } error)
                {
                    throw new QueueException(Description, $"the server refused {messageId}: {error.Description} ({error.Code})");
                }

                return ack.Duplicate ? PublishOutcome.Duplicate : PublishOutcome.Stored;
            }
            catch (NatsJSDuplicateMessageException)
            {
                return PublishOutcome.Duplicate;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="action"/> until it succeeds or <see cref="NatsQueueOptions.PublishTimeout"/> has passed.</summary>
    private async Task<T> Retry<T>(string what, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.PublishTimeout;
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (NatsJSApiException ex) when (ex.Error.Code is not (503 or 408 or 504) || DateTime.UtcNow >= deadline)
            {
                throw new QueueException(Description, $"cannot {what}: {ex.Error.Description} ({ex.Error.Code}/{ex.Error.ErrCode})", ex);
            }
            catch (Exception ex) when (ex is NatsException or TimeoutException && ex is not NatsJSApiException && !cancellationToken.IsCancellationRequested)
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new QueueException(Description, $"cannot {what}: {ex.Message}", ex);
                }
            }
            catch (NatsJSApiException)
            {
                // 503 and time-outs: no JetStream leader yet; wait for the election.
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(2000, delay.TotalMilliseconds * 2));
        }
    }

    private async Task EnsureStreamAsync(string name, string subject, bool update, CancellationToken cancellationToken)
    {
        var config = new StreamConfig(name, [subject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            NumReplicas = _replicas,
            DuplicateWindow = _options.DuplicateWindow,
        };
        if (update)
        {
            await _js.CreateOrUpdateStreamAsync(config, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await _js.GetStreamAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            try
            {
                await _js.CreateStreamAsync(config, cancellationToken).ConfigureAwait(false);
            }
            catch (NatsJSApiException race) when (race.Error.ErrCode == 10058)
            {
                // Another process created it first.
            }
        }
    }

    private async Task<INatsJSConsumer> EnsureConsumerAsync(string stream, ConsumerConfig config, bool update, CancellationToken cancellationToken)
    {
        if (!update)
        {
            try
            {
                return await _js.GetConsumerAsync(stream, config.Name!, cancellationToken).ConfigureAwait(false);
            }
            catch (NatsJSApiException ex) when (ex.Error.Code == 404)
            {
            }
        }

        return await _js.CreateOrUpdateConsumerAsync(stream, config, cancellationToken).ConfigureAwait(false);
    }
}

using System.Text;
using Microsoft.Data.Sqlite;
using Wirewatch.Storage;

namespace Wirewatch.Queue.Tests;

public sealed class ArticleStageTests : IDisposable
{
    private const string English =
        "The police said gunmen attacked a checkpoint near the city on Monday and two soldiers were killed in the attack, officials said.";

    private readonly string _folder = Directory.CreateTempSubdirectory("ww-stage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SqliteArticleStore OpenStore() => new(Path.Combine(_folder, "store.db"));

    private static ArticleWorkItem Item(string id, string text = English) => new()
    {
        Id = id,
        Origin = $"/in/{id}.txt",
        Text = text,
        Url = $"https://example.com/{id}",
        CanonicalUrl = $"https://example.com/{id}",
        Title = "Checkpoint attack",
        Published = new DateOnly(2015, 3, 1),
        DateBasis = "metadata",
    };

    [Fact]
    public async Task A_redelivered_article_is_stored_once_with_the_pipeline_version()
    {
        using var store = OpenStore();
        await using var queue = new ChannelWorkQueue(maxDeliver: 3);
        var stage = new ArticleStage(TestPipelines.Plain(), store, queue, "p-test", TimeSpan.Zero);
        var body = Item("a1").ToUtf8();

        var first = new FakeMessage("a1", body, 1);
        Assert.Equal(ArticleOutcome.Stored, await stage.HandleAsync(first, default));
        var again = new FakeMessage("a1", body, 2);
        Assert.Equal(ArticleOutcome.Stored, await stage.HandleAsync(again, default));

        Assert.Equal("ack", first.Settled);
        Assert.Equal("ack", again.Settled);
        Assert.Equal(1, store.GetStatistics().Articles);
        var stored = store.FindArticle("a1")!;
        Assert.Equal(new DateOnly(2015, 3, 1), stored.Published);
        Assert.Equal("p-test", ReadScalar(store, "SELECT pipeline_version FROM articles WHERE id = 'a1'"));
    }

    [Fact]
    public async Task An_unreadable_message_is_recorded_and_terminated_at_once()
    {
        using var store = OpenStore();
        await using var queue = new ChannelWorkQueue();
        var stage = new ArticleStage(TestPipelines.Plain(), store, queue, "p-test", TimeSpan.Zero);
        var message = new FakeMessage("junk", Encoding.UTF8.GetBytes("\u0001\u0002 not json"), 1);

        Assert.Equal(ArticleOutcome.Failed, await stage.HandleAsync(message, default));
        Assert.Equal("term", message.Settled);
        var failure = Assert.Single(store.ReadFailures());
        Assert.Equal("queue message junk", failure.Source);
        Assert.Equal(FailureKind.Failed, failure.Kind);
        Assert.Contains("unreadable work item", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pipeline_exception_is_retried_then_recorded_on_the_last_delivery()
    {
        using var store = OpenStore();
        await using var queue = new ChannelWorkQueue(maxDeliver: 3);
        var stage = new ArticleStage(TestPipelines.ThrowingOn("checkpoint"), store, queue, "p-test", TimeSpan.Zero);
        var body = Item("bad").ToUtf8();

        for (int delivery = 1; delivery < 3; delivery++)
        {
            var message = new FakeMessage("bad", body, delivery);
            Assert.Equal(ArticleOutcome.Retried, await stage.HandleAsync(message, default));
            Assert.Equal("nak", message.Settled);
            Assert.Empty(store.ReadFailures());
        }

        var last = new FakeMessage("bad", body, 3);
        Assert.Equal(ArticleOutcome.Failed, await stage.HandleAsync(last, default));
        Assert.Equal("term", last.Settled);
        var failure = Assert.Single(store.ReadFailures());
        Assert.Equal("/in/bad.txt", failure.Source);
        Assert.Equal("processing failed: InvalidOperationException: component broke (after 3 deliveries)", failure.Reason);
        Assert.Equal(0, store.GetStatistics().Articles);
    }

    [Fact]
    public async Task Success_on_the_last_delivery_leaves_no_failure_behind()
    {
        using var store = OpenStore();
        await using var queue = new ChannelWorkQueue(maxDeliver: 2);
        var stage = new ArticleStage(TestPipelines.Plain(), store, queue, "p-test", TimeSpan.Zero);
        var message = new FakeMessage("late", Item("late").ToUtf8(), 2);

        Assert.Equal(ArticleOutcome.Stored, await stage.HandleAsync(message, default));
        Assert.Empty(store.ReadFailures());
        Assert.Equal(1, store.GetStatistics().Articles);
    }

    [Fact]
    public async Task A_non_English_article_is_skipped_with_the_reason()
    {
        using var store = OpenStore();
        await using var queue = new ChannelWorkQueue();
        var stage = new ArticleStage(TestPipelines.Plain(), store, queue, "p-test", TimeSpan.Zero);
        var text = "La police a déclaré que des hommes armés ont attaqué un poste de contrôle près de la ville lundi et que deux soldats ont été tués.";
        var message = new FakeMessage("fr", Item("fr", text).ToUtf8(), 1);

        Assert.Equal(ArticleOutcome.Skipped, await stage.HandleAsync(message, default));
        Assert.Equal("ack", message.Settled);
        var failure = Assert.Single(store.ReadFailures());
        Assert.Equal(FailureKind.Skipped, failure.Kind);
        Assert.Equal(0, store.GetStatistics().Articles);
    }

    [Fact]
    public async Task A_stopping_worker_hands_the_message_back_untouched()
    {
        using var store = OpenStore();
        await using var queue = new ChannelWorkQueue();
        var stage = new ArticleStage(TestPipelines.Plain(), store, queue, "p-test", TimeSpan.Zero);
        var message = new FakeMessage("s", Item("s").ToUtf8(), 1);

        Assert.Equal(ArticleOutcome.Released, await stage.HandleAsync(message, new CancellationToken(canceled: true)));
        Assert.Equal("nak", message.Settled);
        Assert.Equal(0, store.GetStatistics().Articles);
    }

    [Fact]
    public async Task A_slow_article_pushes_its_ack_deadline_back()
    {
        using var store = OpenStore();
        await using var inner = new ChannelWorkQueue();
        var queue = new DeadlineQueue(inner, TimeSpan.FromSeconds(1.5));
        var stage = new ArticleStage(TestPipelines.Slow(TimeSpan.FromSeconds(2)), store, queue, "p-test", TimeSpan.Zero);
        var message = new FakeMessage("slow", Item("slow").ToUtf8(), 1);

        Assert.Equal(ArticleOutcome.Stored, await stage.HandleAsync(message, default));
        Assert.InRange(message.Extensions, 1, 10);
    }

    private static string? ReadScalar(SqliteArticleStore store, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.FilePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    /// <summary>The in-process queue with an ack deadline, as a broker has.</summary>
    private sealed class DeadlineQueue(ChannelWorkQueue inner, TimeSpan ackWait) : IWorkQueue
    {
        public string Description => inner.Description;

        public int MaxMessageBytes => inner.MaxMessageBytes;

        public int MaxDeliver => inner.MaxDeliver;

        public TimeSpan? AckWait => ackWait;

        public ValueTask InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

        public ValueTask<PublishOutcome> PublishArticleAsync(string articleId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
            inner.PublishArticleAsync(articleId, body, cancellationToken);

        public ValueTask<PublishOutcome> PublishCandidateAsync(string partition, string messageId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
            inner.PublishCandidateAsync(partition, messageId, body, cancellationToken);

        public IAsyncEnumerable<IWorkMessage> ConsumeArticlesAsync(CancellationToken cancellationToken) => inner.ConsumeArticlesAsync(cancellationToken);

        public ValueTask<IReadOnlyList<string>> ListPartitionsAsync(CancellationToken cancellationToken) => inner.ListPartitionsAsync(cancellationToken);

        public IAsyncEnumerable<IWorkMessage> ConsumeCandidatesAsync(string partition, CancellationToken cancellationToken) =>
            inner.ConsumeCandidatesAsync(partition, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

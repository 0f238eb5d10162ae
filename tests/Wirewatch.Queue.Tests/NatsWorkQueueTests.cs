using System.Text;
using Wirewatch.Queue.Nats;

namespace Wirewatch.Queue.Tests;

/// <summary>
/// The JetStream queue against real servers. Needs <c>WIREWATCH_TEST_NATS</c> (.ci/run starts three and sets it);
/// without it these tests are reported as skipped. Each test uses a namespace of its own.
/// </summary>
public sealed class NatsWorkQueueTests : IAsyncLifetime
{
    public const string Variable = "WIREWATCH_TEST_NATS";

    private NatsWorkQueue? _queue;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_queue is not null)
        {
            await _queue.DisposeAsync();
        }
    }

    private async Task<NatsWorkQueue> ConnectAsync(int maxDeliver = 3)
    {
        var servers = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(servers), $"{Variable} is not set; NATS tests skipped.");
        var options = new NatsQueueOptions
        {
            Namespace = "wwtest-" + Guid.NewGuid().ToString("N")[..10],
            MaxDeliver = maxDeliver,
            AckWait = TimeSpan.FromSeconds(5),
        };
        _queue = await NatsWorkQueue.ConnectAsync(servers!, options, "wirewatch-tests");
        return _queue;
    }

    [Fact]
    public void Server_lists_are_normalised()
    {
        Assert.Equal(["nats://127.0.0.1:4222", "nats://10.0.0.2:5000"], NatsWorkQueue.ParseServers("127.0.0.1, nats://10.0.0.2:5000"));
        Assert.Throws<ArgumentException>(() => NatsWorkQueue.ParseServers("http://example.com"));
    }

    [SkippableFact]
    public async Task A_duplicate_publish_is_success_and_delivered_once()
    {
        var queue = await ConnectAsync();
        Assert.Equal(PublishOutcome.Stored, await queue.PublishArticleAsync("id-1", Encoding.UTF8.GetBytes("one"), default));
        Assert.Equal(PublishOutcome.Duplicate, await queue.PublishArticleAsync("id-1", Encoding.UTF8.GetBytes("one"), default));
        Assert.Equal(1, await queue.PendingArticlesAsync(default));

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var message in queue.ConsumeArticlesAsync(cts.Token))
        {
            Assert.Equal("id-1", message.Id);
            Assert.Equal(1, message.DeliveryCount);
            Assert.Equal("one", Encoding.UTF8.GetString(message.Body.Span));
            await message.AckAsync(default);
            break;
        }

        // An ack is not confirmed by the server; the stream catches up a moment later.
        await Eventually(async () => await queue.PendingArticlesAsync(default) == 0);
    }

    [SkippableFact]
    public async Task A_nak_redelivers_with_the_delivery_count()
    {
        var queue = await ConnectAsync();
        await queue.PublishArticleAsync("id-2", new byte[] { 1 }, default);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var counts = new List<int>();
        await foreach (var message in queue.ConsumeArticlesAsync(cts.Token))
        {
            counts.Add(message.DeliveryCount);
            if (counts.Count < 2)
            {
                await message.NakAsync(TimeSpan.Zero, default);
                continue;
            }

            await message.TermAsync(default);
            break;
        }

        Assert.Equal([1, 2], counts);
    }

    [SkippableFact]
    public async Task Oversized_bodies_are_refused_before_sending()
    {
        var queue = await ConnectAsync();
        var ex = await Assert.ThrowsAsync<QueueException>(async () => await queue.PublishArticleAsync("big", new byte[queue.MaxMessageBytes + 1], default));
        Assert.Contains("at most", ex.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Candidates_are_listed_by_partition_and_consumed_there()
    {
        var queue = await ConnectAsync();
        await queue.PublishCandidateAsync("LBY", "a:0:p", new byte[] { 1 }, default);
        await queue.PublishCandidateAsync("TUN", "b:0:p", new byte[] { 2 }, default);
        Assert.Equal(["LBY", "TUN"], await queue.ListPartitionsAsync(default));

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var message in queue.ConsumeCandidatesAsync("TUN", cts.Token))
        {
            Assert.Equal("b:0:p", message.Id);
            await message.AckAsync(default);
            break;
        }

        await Eventually(async () => (await queue.ListPartitionsAsync(default)).SequenceEqual(["LBY"]));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (int i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await condition());
    }
}

using System.Text;

namespace Wirewatch.Queue.Tests;

public class ChannelWorkQueueTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_second_publish_of_an_id_is_a_duplicate_and_delivered_once()
    {
        await using var queue = new ChannelWorkQueue();
        Assert.Equal(PublishOutcome.Stored, await queue.PublishArticleAsync("a", Encoding.UTF8.GetBytes("1"), default));
        Assert.Equal(PublishOutcome.Duplicate, await queue.PublishArticleAsync("a", Encoding.UTF8.GetBytes("2"), default));
        Assert.Equal(1, queue.Unsettled);

        using var cts = new CancellationTokenSource(Wait);
        await using var messages = queue.ConsumeArticlesAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.True(await messages.MoveNextAsync());
        Assert.Equal("a", messages.Current.Id);
        Assert.Equal("1", Encoding.UTF8.GetString(messages.Current.Body.Span));
        await messages.Current.AckAsync(default);
        Assert.Equal(0, queue.Unsettled);
    }

    [Fact]
    public async Task Nak_redelivers_with_a_higher_count_until_max_deliver()
    {
        await using var queue = new ChannelWorkQueue(maxDeliver: 3);
        await queue.PublishArticleAsync("a", new byte[] { 1 }, default);
        using var cts = new CancellationTokenSource(Wait);
        var counts = new List<int>();
        await foreach (var message in queue.ConsumeArticlesAsync(cts.Token))
        {
            counts.Add(message.DeliveryCount);
            await message.NakAsync(TimeSpan.Zero, default);
            if (queue.Unsettled == 0)
            {
                break;
            }
        }

        Assert.Equal([1, 2, 3], counts);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_refused()
    {
        await using var queue = new ChannelWorkQueue(maxMessageBytes: 4);
        var ex = await Assert.ThrowsAsync<QueueException>(async () => await queue.PublishArticleAsync("a", new byte[5], default));
        Assert.Contains("limit is 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_candidate_per_partition_is_in_flight()
    {
        await using var queue = new ChannelWorkQueue();
        await queue.PublishCandidateAsync("LBY", "m1", new byte[] { 1 }, default);
        await queue.PublishCandidateAsync("LBY", "m2", new byte[] { 2 }, default);
        await queue.PublishCandidateAsync("TUN", "m3", new byte[] { 3 }, default);
        Assert.Equal(["LBY", "TUN"], await queue.ListPartitionsAsync(default));

        using var cts = new CancellationTokenSource(Wait);
        var first = queue.ConsumeCandidatesAsync("LBY", cts.Token).GetAsyncEnumerator(cts.Token);
        var second = queue.ConsumeCandidatesAsync("LBY", cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.True(await first.MoveNextAsync());
        var blocked = second.MoveNextAsync().AsTask();
        await Task.Delay(200);
        Assert.False(blocked.IsCompleted);

        await first.Current.AckAsync(default);
        Assert.True(await blocked.WaitAsync(Wait));
        Assert.Equal("m2", second.Current.Id);
        await second.Current.AckAsync(default);
        cts.Cancel();
        await first.DisposeAsync();
        await second.DisposeAsync();
    }
}

using Npgsql;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Storage.Tests.Clustering;

/// <summary>
/// The online clustering stage against PostgreSQL (skipped without <c>WIREWATCH_TEST_POSTGRES</c>): replays change
/// nothing, the partition fence makes a second transaction wait, and the result is a function of arrival order only.
/// </summary>
public sealed class PostgresClusterStageTests : IDisposable
{
    private readonly PostgresTestSchemas _schemas = new();
    private readonly List<IDisposable> _opened = [];

    /// <summary>A fresh store holding the corpus, and a stage on it.</summary>
    private (string Connection, PostgresClusterStage Stage) Setup(List<ArticleRecord> corpus, string consumer = "w1")
    {
        var connection = _schemas.Create();
        using (var store = new PostgresArticleStore(connection))
        {
            foreach (var article in corpus)
            {
                store.Store(article);
            }
        }

        var stage = new PostgresClusterStage(connection, consumer);
        _opened.Add(stage);
        return (connection, stage);
    }

    private PostgresClusterStage Another(string connection, string consumer)
    {
        var stage = new PostgresClusterStage(connection, consumer);
        _opened.Add(stage);
        return stage;
    }

    private static List<EventCandidate> Candidates(IEnumerable<ArticleRecord> corpus)
    {
        var list = new List<EventCandidate>();
        foreach (var article in corpus)
        {
            list.AddRange(PartitionMap.FromArticle(article, "v1"));
        }

        return list;
    }

    /// <summary>The candidates in the batch clusterer's canonical order (date, then event id).</summary>
    private static List<EventCandidate> Canonical(List<ArticleRecord> corpus)
    {
        var pairs = new List<(ClusterCandidate Cluster, EventCandidate Candidate)>();
        foreach (var article in corpus)
        {
            var stored = new StoredArticle(article.Id, article.Url, article.Title, article.Source, article.Published, article.Language, string.Empty);
            foreach (var candidate in PartitionMap.FromArticle(article, "v1"))
            {
                pairs.Add((ClusterCandidate.From(new StoredEvent(stored, candidate.Ordinal, candidate.EventJson)), candidate));
            }
        }

        pairs.Sort((a, b) => EventClusterer.CanonicalOrder(a.Cluster, b.Cluster));
        return pairs.ConvertAll(p => p.Candidate);
    }

    private static void ApplyAll(IClusterStage stage, IEnumerable<EventCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            stage.Apply(candidate, CancellationToken.None);
        }
    }

    [Fact]
    public void Candidates_survive_the_message_round_trip()
    {
        var corpus = ClusterCorpus.Build(incidents: 5);
        foreach (var candidate in Candidates(corpus))
        {
            var back = EventCandidate.FromUtf8(candidate.ToUtf8());
            Assert.Equal(candidate.MentionId, back.MentionId);
            Assert.Equal(candidate.Partition, back.Partition);
            Assert.Equal(PartitionMap.PartitionOfEvent(candidate.EventJson), back.Partition);
            Assert.Equal(System.Text.Json.JsonDocument.Parse(candidate.EventJson).RootElement.ToString(), System.Text.Json.JsonDocument.Parse(back.EventJson).RootElement.ToString());
        }
    }

    [SkippableFact]
    public void Replaying_candidates_changes_nothing()
    {
        var corpus = ClusterCorpus.Build(incidents: 20);
        var (_, stage) = Setup(corpus);
        var candidates = Candidates(corpus);
        ApplyAll(stage, candidates);
        var first = stage.ReadMemberships();
        Assert.Equal(candidates.Count, first.Count);
        Assert.True(first.Values.Distinct().Count() < first.Count, "some reports should have been grouped");

        // Redelivery in another order, and under another pipeline version: still the same memberships.
        ApplyAll(stage, ClusterCorpus.Shuffled(corpus, 2).SelectMany(a => PartitionMap.FromArticle(a, "v2")));
        Assert.Equal(first.OrderBy(p => p.Key, StringComparer.Ordinal), stage.ReadMemberships().OrderBy(p => p.Key, StringComparer.Ordinal));

        var log = stage.ReadClusterLog();
        Assert.Equal(2 * candidates.Count, log.Count);
        Assert.Equal(candidates.Count, log.Count(e => e.Applied));
        Assert.All(log, e => Assert.Equal("w1", e.Consumer));
        Assert.Null(ClusterLogEntry.FindOverlap(log));
    }

    [SkippableFact]
    public void The_partition_fence_makes_a_second_transaction_wait()
    {
        var corpus = ClusterCorpus.Build(incidents: 8);
        var (connection, stage) = Setup(corpus);
        var candidates = Candidates(corpus);
        var partition = candidates[0].Partition;
        var sameCandidates = candidates.Where(c => c.Partition == partition).ToList();
        var other = candidates.First(c => c.Partition != partition);
        stage.Apply(sameCandidates[0], CancellationToken.None); // creates the partition's row

        // A "zombie" holds the partition: its transaction locked the row and has not committed.
        using var zombie = new NpgsqlConnection(connection);
        zombie.Open();
        using var transaction = zombie.BeginTransaction();
        using (var fence = new NpgsqlCommand("SELECT applied FROM cluster_partitions WHERE partition_key = @p FOR UPDATE", zombie, transaction))
        {
            fence.Parameters.AddWithValue("@p", partition);
            fence.ExecuteScalar();
        }

        var second = Another(connection, "w2");
        var waiting = Task.Run(() => second.Apply(sameCandidates[1], CancellationToken.None));
        // The second consumer is blocked on the row lock (not merely slow): PostgreSQL shows an ungranted lock.
        Assert.True(SpinWait.SpinUntil(() => UngrantedLocks(connection) > 0, TimeSpan.FromSeconds(10)), "the second transaction should wait on the fence");
        Assert.False(waiting.IsCompleted);

        // Another partition is not fenced.
        Assert.True(Task.Run(() => second.Apply(other, CancellationToken.None)).Wait(TimeSpan.FromSeconds(10)));
        Assert.False(waiting.IsCompleted);

        transaction.Commit();
        Assert.True(waiting.Wait(TimeSpan.FromSeconds(10)));
        var log = second.ReadClusterLog(partition);
        Assert.Equal(2, log.Count);
        Assert.Equal("w2", log[1].Consumer);
        Assert.Null(ClusterLogEntry.FindOverlap(stage.ReadClusterLog()));
        Assert.Contains(sameCandidates[1].MentionId, stage.ReadMemberships(partition).Keys);
    }

    [SkippableFact]
    public void A_waiting_consumer_can_be_cancelled()
    {
        var corpus = ClusterCorpus.Build(incidents: 4);
        var (connection, stage) = Setup(corpus);
        var candidates = Candidates(corpus);
        stage.Apply(candidates[0], CancellationToken.None);
        using var holder = new NpgsqlConnection(connection);
        holder.Open();
        using var transaction = holder.BeginTransaction();
        using (var fence = new NpgsqlCommand("SELECT 1 FROM cluster_partitions WHERE partition_key = @p FOR UPDATE", holder, transaction))
        {
            fence.Parameters.AddWithValue("@p", candidates[0].Partition);
            fence.ExecuteScalar();
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var next = candidates.First(c => c.Partition == candidates[0].Partition && c.MentionId != candidates[0].MentionId);
        Assert.ThrowsAny<OperationCanceledException>(() => stage.Apply(next, cancel.Token));
        transaction.Rollback();
        Assert.DoesNotContain(next.MentionId, stage.ReadMemberships().Keys);
    }

    [SkippableFact]
    public void Competing_consumers_apply_each_mention_once_without_overlapping()
    {
        var corpus = ClusterCorpus.Build(incidents: 15);
        var (connection, first) = Setup(corpus, "w1");
        var second = Another(connection, "w2");
        var candidates = Canonical(corpus);

        // Both consumers get every candidate (a redelivery to a second worker while the first still runs).
        Parallel.Invoke(() => ApplyAll(first, candidates), () => ApplyAll(second, candidates));

        var log = first.ReadClusterLog();
        Assert.Equal(2 * candidates.Count, log.Count);
        Assert.All(log.Where(e => e.Applied).GroupBy(e => e.MentionId), g => Assert.Single(g));
        Assert.Equal(candidates.Count, log.Count(e => e.Applied));
        Assert.Null(ClusterLogEntry.FindOverlap(log));
    }

    [SkippableFact]
    public void Online_clusters_in_canonical_order_equal_the_batch_clusters_and_repeat_exactly()
    {
        var corpus = ClusterCorpus.Build(incidents: 30);
        var candidates = Canonical(corpus);
        var (_, stage) = Setup(corpus);
        ApplyAll(stage, candidates);
        var online = stage.ReadMemberships();

        // The batch clusterer over the same events: mention id → cluster id.
        var batch = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new List<ClusterCandidate>();
        foreach (var article in corpus)
        {
            var stored = new StoredArticle(article.Id, article.Url, article.Title, article.Source, article.Published, article.Language, string.Empty);
            for (int i = 0; i < article.Events.Count; i++)
            {
                members.Add(ClusterCandidate.From(new StoredEvent(stored, i, article.Events[i].Json)));
            }
        }

        foreach (var cluster in EventClusterer.Cluster(members))
        {
            foreach (var m in cluster.Members)
            {
                var ordinal = int.Parse(m.EventId[(m.EventId.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture) - 1;
                batch.Add($"{m.ArticleId}:{ordinal}", cluster.Id);
            }
        }

        Assert.Equal(batch.OrderBy(p => p.Key, StringComparer.Ordinal), online.OrderBy(p => p.Key, StringComparer.Ordinal));

        // One arrival order gives one result: the same shuffled sequence into two fresh stores.
        var shuffled = Candidates(ClusterCorpus.Shuffled(corpus, 9));
        var (_, a) = Setup(corpus);
        var (_, b) = Setup(corpus);
        ApplyAll(a, shuffled);
        ApplyAll(b, shuffled);
        Assert.Equal(a.ReadMemberships().OrderBy(p => p.Key, StringComparer.Ordinal), b.ReadMemberships().OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static long UngrantedLocks(string connection)
    {
        using var c = new NpgsqlConnection(connection);
        c.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted", c);
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        foreach (var d in _opened)
        {
            d.Dispose();
        }

        _schemas.Dispose();
    }
}

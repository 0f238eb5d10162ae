using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Wirewatch.Storage.Clustering;

/// <summary>
/// The online clustering stage over PostgreSQL: each candidate joins the best matching cluster of its partition
/// (<see cref="EventClusterer.BestCluster"/>) or starts one, in one transaction that first locks the partition's
/// row in <c>cluster_partitions</c> (<c>SELECT … FOR UPDATE</c>). The lock is the fence: a consumer that stalls
/// past its ack deadline and wakes up while another holds the partition waits, then finds its mention stored
/// and changes nothing. Memberships (<c>cluster_mentions</c>) are keyed by mention id, so replays are no-ops;
/// every committed transaction is logged in <c>cluster_log</c> with the database clock.
/// </summary>
/// <remarks>
/// Thread-safe: each call takes a pooled connection, so one stage can serve the consumers of many partitions.
/// Online clusters depend on arrival order; the clusters users see come from the deterministic
/// <see cref="IArticleStore.Recluster(ReclusterScope, CancellationToken)"/>.
/// </remarks>
public sealed class PostgresClusterStage : IClusterStage
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _description;

    /// <summary>Connects to the store (creating or upgrading its schema) with a connection string or <c>postgres://</c> URI.</summary>
    /// <param name="connection">The <c>--db</c> value of a PostgreSQL store.</param>
    /// <param name="consumer">Who applies the candidates (worker id), recorded in the log; defaults to host and process id.</param>
    public PostgresClusterStage(string connection, string? consumer = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connection);
        // Opening the store once creates or upgrades the schema (the stage's tables are part of version 4).
        using (var store = new PostgresArticleStore(connection))
        {
            _description = store.Description;
        }

        _dataSource = NpgsqlDataSource.Create(PostgresConnectionString.Normalize(connection));
        Consumer = consumer ?? $"{Environment.MachineName}:{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The consumer id recorded in the log.</summary>
    public string Consumer { get; }

    public void Apply(EventCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var connection = _dataSource.OpenConnection();
            using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.ReadCommitted);
            long applied = LockPartition(connection, transaction, candidate.Partition, cancellationToken);
            var (startedAt, isMember) = StartAndCheck(connection, transaction, candidate.MentionId);
            bool isNew = !isMember;
            if (isNew)
            {
                var member = ToClusterCandidate(connection, transaction, candidate);
                var clusters = LoadWindow(connection, transaction, candidate.Partition, member);
                var best = EventClusterer.BestCluster(clusters, member);
                string clusterId = best?.Id ?? "c-" + member.EventId;
                InsertMember(connection, transaction, candidate, member, clusterId, applied + 1);
            }

            using (var log = new NpgsqlCommand(
                "INSERT INTO cluster_log (partition_key, consumer, mention_id, applied, started_at, committed_at) " +
                "VALUES (@p, @c, @m, @a, @s, clock_timestamp())", connection, transaction))
            {
                log.Parameters.AddWithValue("@p", candidate.Partition);
                log.Parameters.AddWithValue("@c", Consumer);
                log.Parameters.AddWithValue("@m", candidate.MentionId);
                log.Parameters.AddWithValue("@a", isNew);
                log.Parameters.AddWithValue("@s", NpgsqlDbType.TimestampTz, startedAt);
                log.ExecuteNonQuery();
            }

            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
        }
        catch (NpgsqlException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StorageException(_description, $"cannot cluster {candidate.MentionId} in partition {candidate.Partition}: {ex.Message}", ex);
        }
        catch (NpgsqlException ex)
        {
            throw new OperationCanceledException("Clustering was cancelled.", ex, cancellationToken);
        }
    }

    /// <summary>The committed transactions, optionally of one partition, in the order they took the fence.</summary>
    public IReadOnlyList<ClusterLogEntry> ReadClusterLog(string? partition = null)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand(
            "SELECT partition_key, consumer, mention_id, applied, started_at, committed_at FROM cluster_log" +
            (partition is null ? string.Empty : " WHERE partition_key = @p") + " ORDER BY started_at, id", connection);
        if (partition is not null)
        {
            command.Parameters.AddWithValue("@p", partition);
        }

        var list = new List<ClusterLogEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new ClusterLogEntry(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(4), TimeSpan.Zero), new DateTimeOffset(reader.GetFieldValue<DateTime>(5), TimeSpan.Zero)));
        }

        return list;
    }

    /// <summary>The online memberships: mention id → cluster id, optionally of one partition.</summary>
    public IReadOnlyDictionary<string, string> ReadMemberships(string? partition = null)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand(
            "SELECT mention_id, cluster_id FROM cluster_mentions" + (partition is null ? string.Empty : " WHERE partition_key = @p"), connection);
        if (partition is not null)
        {
            command.Parameters.AddWithValue("@p", partition);
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            map.Add(reader.GetString(0), reader.GetString(1));
        }

        return map;
    }

    private static long LockPartition(NpgsqlConnection connection, NpgsqlTransaction transaction, string partition, CancellationToken cancellationToken)
    {
        using (var ensure = new NpgsqlCommand("INSERT INTO cluster_partitions (partition_key) VALUES (@p) ON CONFLICT (partition_key) DO NOTHING", connection, transaction))
        {
            ensure.Parameters.AddWithValue("@p", partition);
            ensure.ExecuteNonQuery();
        }

        using var fence = new NpgsqlCommand("SELECT applied FROM cluster_partitions WHERE partition_key = @p FOR UPDATE", connection, transaction);
        fence.Parameters.AddWithValue("@p", partition);
        // The wait for another holder can be long (a stalled consumer): cancellable, unlike the short statements.
        return Convert.ToInt64(fence.ExecuteScalarAsync(cancellationToken).GetAwaiter().GetResult(), CultureInfo.InvariantCulture);
    }

    /// <summary>The database clock now that the fence is held, and whether the mention is a member already.</summary>
    private static (DateTime StartedAt, bool IsMember) StartAndCheck(NpgsqlConnection connection, NpgsqlTransaction transaction, string mentionId)
    {
        using var command = new NpgsqlCommand("SELECT clock_timestamp(), EXISTS (SELECT 1 FROM cluster_mentions WHERE mention_id = @m)", connection, transaction);
        command.Parameters.AddWithValue("@m", mentionId);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetFieldValue<DateTime>(0), reader.GetBoolean(1));
    }

    /// <summary>The candidate as clustering sees it, with its article's source and date read from the store.</summary>
    private static ClusterCandidate ToClusterCandidate(NpgsqlConnection connection, NpgsqlTransaction transaction, EventCandidate candidate)
    {
        using var command = new NpgsqlCommand("SELECT url, source, published FROM articles WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("@id", candidate.ArticleId);
        string? url = null, source = null;
        DateOnly? published = null;
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                url = reader.IsDBNull(0) ? null : reader.GetString(0);
                source = reader.IsDBNull(1) ? null : reader.GetString(1);
                published = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2);
            }
        }

        return FromRow(candidate.ArticleId, candidate.Ordinal, url, source, published, candidate.EventJson);
    }

    private static ClusterCandidate FromRow(string articleId, int ordinal, string? url, string? source, DateOnly? published, string json) =>
        ClusterCandidate.From(new StoredEvent(new StoredArticle(articleId, url, null, source, published, null, string.Empty), ordinal, json));

    /// <summary>
    /// The partition's clusters that have a member within the candidate's date window, in the order they were
    /// founded (the sequence of their first member), each with all its members.
    /// </summary>
    private static List<EventCluster> LoadWindow(NpgsqlConnection connection, NpgsqlTransaction transaction, string partition, ClusterCandidate member)
    {
        var clusters = new List<EventCluster>();
        if (member.Date is not { } from)
        {
            return clusters; // an undated event matches nothing
        }

        var to = member.DateEnd is { } end && end > from ? end : from;
        using var command = new NpgsqlCommand(
            "SELECT m.cluster_id, m.article_id, m.ordinal, m.source, m.published, m.record FROM cluster_mentions m " +
            "WHERE m.cluster_id IN (SELECT w.cluster_id FROM cluster_mentions w WHERE w.partition_key = @p " +
            "AND w.date_from <= @hi AND w.date_to >= @lo) ORDER BY m.seq", connection, transaction);
        command.Parameters.AddWithValue("@p", partition);
        command.Parameters.AddWithValue("@lo", NpgsqlDbType.Date, from.AddDays(-EventSimilarity.DayWindow));
        command.Parameters.AddWithValue("@hi", NpgsqlDbType.Date, to.AddDays(EventSimilarity.DayWindow));
        var byId = new Dictionary<string, EventCluster>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var clusterId = reader.GetString(0);
            var candidate = FromRow(
                reader.GetString(1), reader.GetInt32(2), null, reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), reader.GetString(5));
            if (byId.TryGetValue(clusterId, out var cluster))
            {
                cluster.Add(candidate);
            }
            else
            {
                // The first member by sequence founded the cluster and gave it its id.
                cluster = new EventCluster(candidate);
                byId.Add(clusterId, cluster);
                clusters.Add(cluster);
            }
        }

        return clusters;
    }

    private static void InsertMember(NpgsqlConnection connection, NpgsqlTransaction transaction, EventCandidate candidate, ClusterCandidate member, string clusterId, long seq)
    {
        using (var advance = new NpgsqlCommand("UPDATE cluster_partitions SET applied = @seq WHERE partition_key = @p", connection, transaction))
        {
            advance.Parameters.AddWithValue("@seq", seq);
            advance.Parameters.AddWithValue("@p", candidate.Partition);
            advance.ExecuteNonQuery();
        }

        using var insert = new NpgsqlCommand(
            "INSERT INTO cluster_mentions (mention_id, partition_key, cluster_id, seq, article_id, ordinal, pipeline_version, date_from, date_to, source, published, record) " +
            "VALUES (@m, @p, @c, @seq, @a, @o, @v, @from, @to, @source, @published, @record)", connection, transaction);
        insert.Parameters.AddWithValue("@m", candidate.MentionId);
        insert.Parameters.AddWithValue("@p", candidate.Partition);
        insert.Parameters.AddWithValue("@c", clusterId);
        insert.Parameters.AddWithValue("@seq", seq);
        insert.Parameters.AddWithValue("@a", candidate.ArticleId);
        insert.Parameters.AddWithValue("@o", candidate.Ordinal);
        insert.Parameters.AddWithValue("@v", candidate.PipelineVersion);
        var from = member.Date;
        var to = member.DateEnd is { } end && from is { } f && end > f ? end : from;
        insert.Parameters.AddWithValue("@from", NpgsqlDbType.Date, from is { } d1 ? d1 : DBNull.Value);
        insert.Parameters.AddWithValue("@to", NpgsqlDbType.Date, to is { } d2 ? d2 : DBNull.Value);
        insert.Parameters.AddWithValue("@source", NpgsqlDbType.Text, member.Source is { } s ? s : DBNull.Value);
        insert.Parameters.AddWithValue("@published", NpgsqlDbType.Date, member.Published is { } p ? p : DBNull.Value);
        // Only what clustering reads: the events table holds the full event.
        insert.Parameters.AddWithValue("@record", NpgsqlDbType.Json, CompactEvent.From(candidate.EventJson));
        insert.ExecuteNonQuery();
    }

    public void Dispose() => _dataSource.Dispose();
}

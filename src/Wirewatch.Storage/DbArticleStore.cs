using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Wirewatch.Storage;

/// <summary>
/// The SQL that SQLite and PostgreSQL share (both speak <c>ON CONFLICT</c>); subclasses supply the
/// connection, the schema and how dates, times and JSON are passed. One connection, one writer.
/// </summary>
public abstract class DbArticleStore : IArticleStore
{
    /// <summary>The schema this code writes; a store with a newer version is refused rather than damaged.</summary>
    public const int SchemaVersion = 4;

    private const string ArticleColumns =
        "id, url, canonical_url, title, source, published, date_basis, language, origin, word_count, simhash, ingested_at, record, pipeline_version";

    // Version 3: which pipeline produced an article's outputs (the worker replaces them on redelivery).
    private static readonly string[] Version3 =
    [
        "ALTER TABLE articles ADD COLUMN pipeline_version text NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN pipeline_version text NOT NULL DEFAULT ''",
        "ALTER TABLE quotes ADD COLUMN pipeline_version text NOT NULL DEFAULT ''",
    ];

    // Version 4: which published cluster each event is in, so a recluster can replace one country and period.
    // Clusters built before have no memberships: they are dropped, and the next recluster (ingest runs one) rebuilds them.
    private static readonly string[] Version4 =
    [
        "CREATE TABLE IF NOT EXISTS cluster_events (event_id text PRIMARY KEY, cluster_id text NOT NULL, partition_key text NOT NULL, cluster_date text)",
        "CREATE INDEX IF NOT EXISTS cluster_events_scope ON cluster_events (partition_key, cluster_date)",
        "CREATE INDEX IF NOT EXISTS cluster_events_cluster ON cluster_events (cluster_id)",
        "DELETE FROM clusters",
    ];

    private DbConnection? _connection;
    private DbCommand? _insertArticle;
    private DbCommand? _upsertArticle;
    private DbCommand? _deleteEvents;
    private DbCommand? _deleteQuotes;
    private bool _canBatch;
    private DbCommand? _insertEvent;
    private DbCommand? _insertQuote;
    private DbCommand? _clearFailure;
    private DbCommand? _upsertFailure;

    public abstract string Description { get; }

    /// <summary>Opens the connection and creates or checks the schema; call once from the subclass constructor.</summary>
    protected void Open(DbConnection connection)
    {
        _connection = connection;
        try
        {
            connection.Open();
            Configure(connection);
            EnsureSchema();
            PrepareCommands();
        }
        catch (DbException ex)
        {
            connection.Dispose();
            throw new StorageException(Description, $"cannot open the store: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Reopens a connection the server ended (a restart, an idle-in-transaction timeout), so that a long-running
    /// worker carries on with its next article instead of failing every one after.
    /// </summary>
    private void EnsureOpen()
    {
        var connection = Connection;
        if (connection.State == ConnectionState.Open)
        {
            return;
        }

        try
        {
            connection.Close();
            connection.Open();
            Configure(connection);
        }
        catch (DbException ex)
        {
            throw new StorageException(Description, $"cannot reconnect: {ex.Message}", ex);
        }
    }

    protected DbConnection Connection => _connection ?? throw new InvalidOperationException("The store is not open.");

    /// <summary>Per-connection settings (pragmas, time zone).</summary>
    protected virtual void Configure(DbConnection connection)
    {
    }

    /// <summary>Statements that create schema version 1, in order.</summary>
    protected abstract IReadOnlyList<string> SchemaStatements { get; }

    /// <summary>How a date is passed to this database.</summary>
    protected abstract object DateValue(DateOnly value);

    /// <summary>How a point in time is passed to this database.</summary>
    protected abstract object TimeValue(DateTimeOffset value);

    /// <summary>Gives a parameter its database type where the value alone does not say it (JSON, dates).</summary>
    protected virtual void TypeParameter(DbParameter parameter, ParameterKind kind)
    {
    }

    protected abstract DateOnly? ReadDate(DbDataReader reader, int ordinal);

    /// <summary>Whether the schema table exists yet.</summary>
    protected abstract bool SchemaTableExists();

    public IReadOnlyList<ArticleFingerprint> LoadFingerprints(CancellationToken cancellationToken = default)
    {
        var list = new List<ArticleFingerprint>();
        using var command = Command("SELECT id, canonical_url, simhash FROM articles");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            list.Add(new ArticleFingerprint(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                unchecked((ulong)reader.GetInt64(2))));
        }

        return list;
    }

    public bool Store(ArticleRecord article) => Write(article, replace: false);

    /// <summary>
    /// Stores the article, replacing its row, events and quotes if it is stored already, in one transaction:
    /// a redelivered work item (same article id and pipeline version) leaves exactly one copy of each output.
    /// </summary>
    public void Replace(ArticleRecord article) => Write(article, replace: true);

    private bool Write(ArticleRecord article, bool replace)
    {
        ArgumentNullException.ThrowIfNull(article);
        EnsureOpen();
        using var transaction = Connection.BeginTransaction(IsolationLevel.ReadCommitted);
        // A replace needs no answer before its last statement: where the driver batches (PostgreSQL), it goes to the
        // server in one round trip instead of one per row (a worker's store time is mostly waiting, not work).
        using var batch = replace && _canBatch ? Connection.CreateBatch() : null;
        if (batch is not null)
        {
            batch.Transaction = transaction;
        }

        try
        {
            var insert = Bind(replace ? _upsertArticle! : _insertArticle!, transaction);
            insert.Parameters["@id"].Value = article.Id;
            Set(insert, "@url", article.Url);
            Set(insert, "@canonical_url", article.CanonicalUrl);
            Set(insert, "@title", article.Title);
            Set(insert, "@source", article.Source);
            insert.Parameters["@published"].Value = article.Published is { } published ? DateValue(published) : DBNull.Value;
            Set(insert, "@date_basis", article.DateBasis);
            Set(insert, "@language", article.Language);
            insert.Parameters["@origin"].Value = article.Origin;
            insert.Parameters["@word_count"].Value = article.WordCount;
            insert.Parameters["@simhash"].Value = unchecked((long)article.SimHash);
            insert.Parameters["@ingested_at"].Value = TimeValue(DateTimeOffset.UtcNow);
            insert.Parameters["@record"].Value = article.RecordJson;
            insert.Parameters["@pipeline_version"].Value = article.PipelineVersion ?? string.Empty;
            if (Execute(insert, batch) == 0)
            {
                transaction.Rollback();
                return false;
            }

            if (replace)
            {
                foreach (var delete in (ReadOnlySpan<DbCommand>)[_deleteEvents!, _deleteQuotes!])
                {
                    var command = Bind(delete, transaction);
                    command.Parameters["@article_id"].Value = article.Id;
                    Execute(command, batch);
                }
            }

            var events = Bind(_insertEvent!, transaction);
            for (int i = 0; i < article.Events.Count; i++)
            {
                var row = article.Events[i];
                events.Parameters["@article_id"].Value = article.Id;
                events.Parameters["@ordinal"].Value = i;
                Set(events, "@type", row.Type);
                Set(events, "@event_date", row.Date);
                Set(events, "@country", row.Country);
                events.Parameters["@record"].Value = row.Json;
                events.Parameters["@pipeline_version"].Value = article.PipelineVersion ?? string.Empty;
                Execute(events, batch);
            }

            var quotes = Bind(_insertQuote!, transaction);
            for (int i = 0; i < article.Quotes.Count; i++)
            {
                var row = article.Quotes[i];
                quotes.Parameters["@article_id"].Value = article.Id;
                quotes.Parameters["@ordinal"].Value = i;
                Set(quotes, "@speaker", row.Speaker);
                quotes.Parameters["@record"].Value = row.Json;
                quotes.Parameters["@pipeline_version"].Value = article.PipelineVersion ?? string.Empty;
                Execute(quotes, batch);
            }

            var clear = Bind(_clearFailure!, transaction);
            clear.Parameters["@source"].Value = article.Origin;
            Execute(clear, batch);
            batch?.ExecuteNonQuery();
            transaction.Commit();
            return true;
        }
        catch (DbException ex)
        {
            TryRollback(transaction);
            throw new StorageException(Description, $"cannot store article {article.Id} ({article.Origin}): {ex.Message}", ex);
        }
        catch
        {
            // Anything thrown mid-article (a bad event row, cancellation) leaves nothing of it behind.
            TryRollback(transaction);
            throw;
        }
    }

    /// <summary>Runs the command now, or with a batch queues a copy of it with its current parameter values.</summary>
    private static int Execute(DbCommand command, DbBatch? batch)
    {
        if (batch is null)
        {
            return command.ExecuteNonQuery();
        }

        var queued = batch.CreateBatchCommand();
        queued.CommandText = command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            queued.Parameters.Add(((ICloneable)parameter).Clone());
        }

        batch.BatchCommands.Add(queued);
        return 1;
    }

    public void RecordFailure(FailureRecord failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        EnsureOpen();
        var command = Bind(_upsertFailure!, null);
        command.Parameters["@source"].Value = failure.Source;
        command.Parameters["@kind"].Value = failure.Kind == FailureKind.Skipped ? "skipped" : "failed";
        command.Parameters["@reason"].Value = failure.Reason;
        command.Parameters["@at"].Value = TimeValue(failure.At);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (DbException ex)
        {
            throw new StorageException(Description, $"cannot record the failure of {failure.Source}: {ex.Message}", ex);
        }
    }

    public StoreStatistics GetStatistics()
    {
        using var command = Command(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM quotes), " +
            "(SELECT count(*) FROM failed WHERE kind = 'failed'), (SELECT count(*) FROM failed WHERE kind = 'skipped')");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    /// <summary>Failures and skips, most recent first (for reports and tests).</summary>
    public IReadOnlyList<FailureRecord> ReadFailures()
    {
        var list = new List<FailureRecord>();
        using var command = Command("SELECT source, kind, reason, at FROM failed ORDER BY at DESC, source");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var kind = reader.GetString(1) == "skipped" ? FailureKind.Skipped : FailureKind.Failed;
            list.Add(new FailureRecord(reader.GetString(0), kind, reader.GetString(2), ReadTime(reader, 3)));
        }

        return list;
    }

    public IEnumerable<StoredArticle> ReadArticles(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = "SELECT id, url, title, source, published, language, record FROM articles WHERE 1 = 1";
        if (query.From is not null)
        {
            sql += " AND published >= @from";
        }

        if (query.To is not null)
        {
            sql += " AND published <= @to";
        }

        sql += " ORDER BY published, id";
        using var command = Command(sql);
        if (query.From is not null)
        {
            AddParameter(command, "@from", ParameterKind.Date, DateValue(query.From.Value));
        }

        if (query.To is not null)
        {
            AddParameter(command, "@to", ParameterKind.Date, DateValue(query.To.Value));
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ReadArticle(reader, 0);
        }
    }

    public StoredArticle? FindArticle(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var command = Command("SELECT id, url, title, source, published, language, record FROM articles WHERE id = @id");
        AddParameter(command, "@id", ParameterKind.Text, id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadArticle(reader, 0) : null;
    }

    public EventPage QueryEvents(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Dates and countries are columns; type, actor, text and the box are read from the event's JSON.
        var filters = " WHERE 1 = 1";
        if (query.From is not null)
        {
            filters += " AND e.event_date >= @from";
        }

        if (query.To is not null)
        {
            filters += " AND e.event_date <= @to";
        }

        if (!string.IsNullOrEmpty(query.Country))
        {
            filters += " AND e.country = @country";
        }

        const string Columns = "SELECT a.id, a.url, a.title, a.source, a.published, a.language, e.ordinal, e.record";
        // NULL dates last in both databases (they sort NULLs differently).
        const string Order = " ORDER BY e.event_date IS NULL, e.event_date DESC, e.article_id, e.ordinal";
        var matcher = new EventMatcher(query);
        if (matcher.IsTrivial)
        {
            // Everything is in SQL: count and page on the keys, then read only the page's JSON.
            using var count = Command("SELECT count(*) FROM events e" + filters);
            AddFilterParameters(count, query);
            int total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            using var page = Command(
                Columns + " FROM (SELECT e.article_id, e.ordinal FROM events e" + filters + Order + " LIMIT @limit OFFSET @offset) k" +
                " JOIN events e ON e.article_id = k.article_id AND e.ordinal = k.ordinal JOIN articles a ON a.id = e.article_id" + Order);
            AddFilterParameters(page, query);
            AddParameter(page, "@limit", ParameterKind.Integer, query.Limit);
            AddParameter(page, "@offset", ParameterKind.Integer, query.Offset);
            var rows = new List<StoredEvent>(query.Limit);
            using var pageReader = page.ExecuteReader();
            while (pageReader.Read())
            {
                rows.Add(new StoredEvent(ReadArticle(pageReader, 0, withRecord: false), pageReader.GetInt32(6), pageReader.GetString(7)));
            }

            return new EventPage(rows, total);
        }

        var sql = Columns + " FROM events e JOIN articles a ON a.id = e.article_id" + filters + Order;
        using var command = Command(sql);
        AddFilterParameters(command, query);
        var items = new List<StoredEvent>(Math.Min(query.Limit, 64));
        int matched = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = ReadArticle(reader, 0, withRecord: false);
            var json = reader.GetString(7);
            if (!matcher.Matches(article, json))
            {
                continue;
            }

            if (matched >= query.Offset && items.Count < query.Limit)
            {
                items.Add(new StoredEvent(article, reader.GetInt32(6), json));
            }

            matched++;
        }

        return new EventPage(items, matched);
    }

    private void AddFilterParameters(DbCommand command, EventQuery query)
    {
        if (query.From is not null)
        {
            AddParameter(command, "@from", ParameterKind.Text, query.From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is not null)
        {
            AddParameter(command, "@to", ParameterKind.Text, query.To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(query.Country))
        {
            AddParameter(command, "@country", ParameterKind.Text, query.Country.ToUpperInvariant());
        }
    }

    private StoredArticle ReadArticle(DbDataReader reader, int first, bool withRecord = true) => new(
        reader.GetString(first),
        reader.IsDBNull(first + 1) ? null : reader.GetString(first + 1),
        reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
        reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3),
        reader.IsDBNull(first + 4) ? null : ReadDate(reader, first + 4),
        reader.IsDBNull(first + 5) ? null : reader.GetString(first + 5),
        withRecord ? reader.GetString(first + 6) : string.Empty);

    public int Recluster(CancellationToken cancellationToken = default) => Recluster(Clustering.ReclusterScope.All, cancellationToken);

    public int Recluster(Clustering.ReclusterScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var clusters = Clustering.EventClusterer.Cluster(ReadClusterCandidates(scope, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        using var transaction = Connection.BeginTransaction();
        try
        {
            DeleteClusters(scope, transaction);
            int written = 0;
            foreach (var cluster in clusters)
            {
                // Single reports are not clusters; they stay events. A cluster belongs to the scope of its earliest member.
                if (cluster.Members.Count < 2 || !scope.Owns(cluster.Members[0]))
                {
                    continue;
                }

                WriteCluster(cluster, transaction);
                written++;
            }

            transaction.Commit();
            return written;
        }
        catch (DbException ex)
        {
            TryRollback(transaction);
            throw new StorageException(Description, $"cannot recluster ({scope}): {ex.Message}", ex);
        }
    }

    /// <summary>The events of the scope's partition within its period and halo (all of them for the whole store).</summary>
    private List<Clustering.ClusterCandidate> ReadClusterCandidates(Clustering.ReclusterScope scope, CancellationToken cancellationToken)
    {
        // Dates are filtered loosely in SQL (an event without a day-precise date falls back to its article's
        // publication date) and exactly below, on the date clustering uses.
        var sql = "SELECT a.id, a.url, a.title, a.source, a.published, a.language, e.ordinal, e.record FROM events e JOIN articles a ON a.id = e.article_id WHERE 1 = 1";
        bool byCountry = scope.Partition is { } p && p != Clustering.PartitionMap.NoCountry;
        if (byCountry)
        {
            sql += " AND e.country = @country";
        }

        var (lo, hi) = (scope.ReadFrom, scope.ReadTo);
        if (lo is not null)
        {
            sql += " AND (e.event_date IS NULL OR length(e.event_date) <> 10 OR e.event_date >= @lo)";
        }

        if (hi is not null)
        {
            sql += " AND (e.event_date IS NULL OR length(e.event_date) <> 10 OR e.event_date <= @hi)";
        }

        using var command = Command(sql);
        if (byCountry)
        {
            AddParameter(command, "@country", ParameterKind.Text, scope.Partition!);
        }

        if (lo is not null)
        {
            AddParameter(command, "@lo", ParameterKind.Text, lo.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (hi is not null)
        {
            AddParameter(command, "@hi", ParameterKind.Text, hi.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var candidates = new List<Clustering.ClusterCandidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidate = Clustering.ClusterCandidate.From(new StoredEvent(ReadArticle(reader, 0, withRecord: false), reader.GetInt32(6), reader.GetString(7)));
            if (scope.Partition is not null && Clustering.PartitionMap.PartitionOf(candidate.Country) != scope.Partition)
            {
                continue;
            }

            if ((lo is not null || hi is not null) && (candidate.Date is not { } d || (lo is not null && d < lo) || (hi is not null && d > hi)))
            {
                continue;
            }

            candidates.Add(candidate);
        }

        return candidates;
    }

    private void DeleteClusters(Clustering.ReclusterScope scope, DbTransaction transaction)
    {
        var where = " WHERE 1 = 1";
        if (scope.Partition is not null)
        {
            where += " AND partition_key = @p";
        }

        if (scope.From is not null)
        {
            where += " AND cluster_date >= @from";
        }

        if (scope.To is not null)
        {
            where += " AND cluster_date <= @to";
        }

        // Clusters first (found through their members), then the memberships.
        foreach (var sql in (ReadOnlySpan<string>)[
            scope.IsAll ? "DELETE FROM clusters" : "DELETE FROM clusters WHERE id IN (SELECT cluster_id FROM cluster_events" + where + ")",
            "DELETE FROM cluster_events" + (scope.IsAll ? string.Empty : where)])
        {
            using var delete = Command(sql, transaction);
            if (scope.Partition is not null)
            {
                AddParameter(delete, "@p", ParameterKind.Text, scope.Partition);
            }

            if (scope.From is not null)
            {
                AddParameter(delete, "@from", ParameterKind.Text, scope.From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (scope.To is not null)
            {
                AddParameter(delete, "@to", ParameterKind.Text, scope.To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            delete.ExecuteNonQuery();
        }
    }

    private void WriteCluster(Clustering.EventCluster cluster, DbTransaction transaction)
    {
        var json = cluster.ToJson();
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        // Upserts: a cluster rebuilt by an overlapping scope replaces the earlier version (latest recluster wins).
        using (var insert = Command(
            "INSERT INTO clusters (id, event_date, country, sources, record) VALUES (@id, @date, @country, @sources, @record) " +
            "ON CONFLICT (id) DO UPDATE SET event_date = excluded.event_date, country = excluded.country, sources = excluded.sources, record = excluded.record",
            transaction))
        {
            AddParameter(insert, "@id", ParameterKind.Text, cluster.Id);
            AddParameter(insert, "@date", ParameterKind.Text, doc.RootElement.GetProperty("date").GetString() is { } d ? d : DBNull.Value);
            AddParameter(insert, "@country", ParameterKind.Text, doc.RootElement.TryGetProperty("location", out var l) && l.GetProperty("countryCode").GetString() is { } c ? c : DBNull.Value);
            AddParameter(insert, "@sources", ParameterKind.Integer, cluster.Sources);
            AddParameter(insert, "@record", ParameterKind.Json, json);
            insert.ExecuteNonQuery();
        }

        var first = cluster.Members[0];
        using var member = Command(
            "INSERT INTO cluster_events (event_id, cluster_id, partition_key, cluster_date) VALUES (@event, @cluster, @p, @date) " +
            "ON CONFLICT (event_id) DO UPDATE SET cluster_id = excluded.cluster_id, partition_key = excluded.partition_key, cluster_date = excluded.cluster_date",
            transaction);
        AddParameter(member, "@event", ParameterKind.Text, DBNull.Value);
        AddParameter(member, "@cluster", ParameterKind.Text, cluster.Id);
        AddParameter(member, "@p", ParameterKind.Text, Clustering.PartitionMap.PartitionOf(first.Country));
        AddParameter(member, "@date", ParameterKind.Text, first.Date is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        foreach (var m in cluster.Members)
        {
            member.Parameters["@event"].Value = m.EventId;
            member.ExecuteNonQuery();
        }
    }

    public (IReadOnlyList<string> Items, int Total) ReadClusters(int offset, int limit, string? country = null)
    {
        var sql = "SELECT record FROM clusters" + (country is null ? string.Empty : " WHERE country = @country") + " ORDER BY event_date IS NULL, event_date DESC, id";
        using var command = Command(sql);
        if (country is not null)
        {
            AddParameter(command, "@country", ParameterKind.Text, country.ToUpperInvariant());
        }

        var items = new List<string>();
        int total = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (total >= offset && items.Count < limit)
            {
                items.Add(reader.GetString(0));
            }

            total++;
        }

        return (items, total);
    }

    /// <summary>The schema version recorded in the store.</summary>
    public int ReadSchemaVersion()
    {
        using var command = Command("SELECT value FROM wirewatch_schema WHERE key = 'version'");
        var value = command.ExecuteScalar() as string;
        return value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
    }

    protected virtual DateTimeOffset ReadTime(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var value = reader.GetValue(ordinal);
        return value switch
        {
            DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            DateTimeOffset dto => dto,
            string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => DateTimeOffset.MinValue,
        };
    }

    protected DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void EnsureSchema()
    {
        int stored = 0;
        if (SchemaTableExists())
        {
            int version = ReadSchemaVersion();
            stored = version;
            if (version > SchemaVersion)
            {
                throw new StorageException(Description, $"schema version {version} is newer than this program understands ({SchemaVersion}); use a newer wirewatch");
            }

            if (version == SchemaVersion)
            {
                return;
            }
        }

        using var transaction = Connection.BeginTransaction();
        foreach (var statement in SchemaStatements)
        {
            using var command = Command(statement, transaction);
            command.ExecuteNonQuery();
        }

        // SchemaStatements create version 2's tables (or leave existing ones); each later version's changes run once, in order.
        for (int v = Math.Max(stored, 2) + 1; v <= SchemaVersion; v++)
        {
            foreach (var statement in UpgradeStatements(v))
            {
                using var command = Command(statement, transaction);
                command.ExecuteNonQuery();
            }
        }

        using (var version = Command("INSERT INTO wirewatch_schema (key, value) VALUES ('version', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value", transaction))
        {
            AddParameter(version, "@v", ParameterKind.Text, SchemaVersion.ToString(CultureInfo.InvariantCulture));
            version.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The statements that take a store from version <paramref name="version"/> - 1 to <paramref name="version"/> (versions above 2).</summary>
    protected virtual IReadOnlyList<string> UpgradeStatements(int version) => version switch
    {
        3 => Version3,
        4 => Version4,
        _ => [],
    };

    private void PrepareCommands()
    {
        const ParameterKind T = ParameterKind.Text, I = ParameterKind.Integer;
        _insertArticle = Prepared(
            $"INSERT INTO articles ({ArticleColumns}) VALUES (@id, @url, @canonical_url, @title, @source, @published, @date_basis, @language, " +
            "@origin, @word_count, @simhash, @ingested_at, @record, @pipeline_version) ON CONFLICT (id) DO NOTHING",
            ("@id", T), ("@url", T), ("@canonical_url", T), ("@title", T), ("@source", T), ("@published", ParameterKind.Date), ("@date_basis", T),
            ("@language", T), ("@origin", T), ("@word_count", I), ("@simhash", I), ("@ingested_at", ParameterKind.Time), ("@record", ParameterKind.Json),
            ("@pipeline_version", T));
        // The first ingestion time is kept; everything else is the latest processing's.
        _upsertArticle = Prepared(
            $"INSERT INTO articles ({ArticleColumns}) VALUES (@id, @url, @canonical_url, @title, @source, @published, @date_basis, @language, " +
            "@origin, @word_count, @simhash, @ingested_at, @record, @pipeline_version) ON CONFLICT (id) DO UPDATE SET url = excluded.url, " +
            "canonical_url = excluded.canonical_url, title = excluded.title, source = excluded.source, published = excluded.published, " +
            "date_basis = excluded.date_basis, language = excluded.language, origin = excluded.origin, word_count = excluded.word_count, " +
            "simhash = excluded.simhash, record = excluded.record, pipeline_version = excluded.pipeline_version",
            ("@id", T), ("@url", T), ("@canonical_url", T), ("@title", T), ("@source", T), ("@published", ParameterKind.Date), ("@date_basis", T),
            ("@language", T), ("@origin", T), ("@word_count", I), ("@simhash", I), ("@ingested_at", ParameterKind.Time), ("@record", ParameterKind.Json),
            ("@pipeline_version", T));
        _deleteEvents = Prepared("DELETE FROM events WHERE article_id = @article_id", ("@article_id", T));
        _deleteQuotes = Prepared("DELETE FROM quotes WHERE article_id = @article_id", ("@article_id", T));
        _canBatch = Connection.CanCreateBatch && _deleteQuotes.Parameters[0] is ICloneable;
        _insertEvent = Prepared(
            "INSERT INTO events (article_id, ordinal, type, event_date, country, record, pipeline_version) " +
            "VALUES (@article_id, @ordinal, @type, @event_date, @country, @record, @pipeline_version)",
            ("@article_id", T), ("@ordinal", I), ("@type", T), ("@event_date", T), ("@country", T), ("@record", ParameterKind.Json), ("@pipeline_version", T));
        _insertQuote = Prepared(
            "INSERT INTO quotes (article_id, ordinal, speaker, record, pipeline_version) VALUES (@article_id, @ordinal, @speaker, @record, @pipeline_version)",
            ("@article_id", T), ("@ordinal", I), ("@speaker", T), ("@record", ParameterKind.Json), ("@pipeline_version", T));
        _clearFailure = Prepared("DELETE FROM failed WHERE source = @source", ("@source", T));
        _upsertFailure = Prepared(
            "INSERT INTO failed (source, kind, reason, at) VALUES (@source, @kind, @reason, @at) " +
            "ON CONFLICT (source) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, at = excluded.at",
            ("@source", T), ("@kind", T), ("@reason", T), ("@at", ParameterKind.Time));
    }

    private DbCommand Prepared(string sql, params (string Name, ParameterKind Kind)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, kind) in parameters)
        {
            AddParameter(command, name, kind, DBNull.Value);
        }

        return command;
    }

    private void AddParameter(DbCommand command, string name, ParameterKind kind, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        TypeParameter(parameter, kind);
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Rolls back; a connection that broke has rolled back already, and its error is the one worth reporting.</summary>
    private static void TryRollback(DbTransaction transaction)
    {
        try
        {
            transaction.Rollback();
        }
        catch (DbException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    private static DbCommand Bind(DbCommand command, DbTransaction? transaction)
    {
        command.Transaction = transaction;
        return command;
    }

    private static void Set(DbCommand command, string name, string? value) =>
        command.Parameters[name].Value = value is null ? DBNull.Value : value;

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _insertArticle?.Dispose();
            _upsertArticle?.Dispose();
            _deleteEvents?.Dispose();
            _deleteQuotes?.Dispose();
            _insertEvent?.Dispose();
            _insertQuote?.Dispose();
            _clearFailure?.Dispose();
            _upsertFailure?.Dispose();
            _connection?.Dispose();
            _connection = null;
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }
}

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
    public const int SchemaVersion = 2;

    private const string ArticleColumns =
        "id, url, canonical_url, title, source, published, date_basis, language, origin, word_count, simhash, ingested_at, record";

    private DbConnection? _connection;
    private DbCommand? _insertArticle;
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

    public bool Store(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var transaction = Connection.BeginTransaction(IsolationLevel.ReadCommitted);
        try
        {
            var insert = Bind(_insertArticle!, transaction);
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
            if (insert.ExecuteNonQuery() == 0)
            {
                transaction.Rollback();
                return false;
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
                events.ExecuteNonQuery();
            }

            var quotes = Bind(_insertQuote!, transaction);
            for (int i = 0; i < article.Quotes.Count; i++)
            {
                var row = article.Quotes[i];
                quotes.Parameters["@article_id"].Value = article.Id;
                quotes.Parameters["@ordinal"].Value = i;
                Set(quotes, "@speaker", row.Speaker);
                quotes.Parameters["@record"].Value = row.Json;
                quotes.ExecuteNonQuery();
            }

            var clear = Bind(_clearFailure!, transaction);
            clear.Parameters["@source"].Value = article.Origin;
            clear.ExecuteNonQuery();
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

    public void RecordFailure(FailureRecord failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
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

    public int Recluster(CancellationToken cancellationToken = default)
    {
        var candidates = new List<Clustering.ClusterCandidate>();
        const int PageSize = EventQuery.MaxLimit;
        for (int offset = 0; ; offset += PageSize)
        {
            var page = QueryEvents(new EventQuery { Offset = offset, Limit = PageSize }, cancellationToken);
            foreach (var e in page.Items)
            {
                candidates.Add(Clustering.ClusterCandidate.From(e));
            }

            if (offset + PageSize >= page.Total)
            {
                break;
            }
        }

        var clusters = Clustering.EventClusterer.Cluster(candidates);
        using var transaction = Connection.BeginTransaction();
        using (var clear = Command("DELETE FROM clusters", transaction))
        {
            clear.ExecuteNonQuery();
        }

        int written = 0;
        foreach (var cluster in clusters)
        {
            // Single reports are not clusters; they stay events.
            if (cluster.Members.Count < 2)
            {
                continue;
            }

            using var insert = Command("INSERT INTO clusters (id, event_date, country, sources, record) VALUES (@id, @date, @country, @sources, @record)", transaction);
            var json = cluster.ToJson();
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            AddParameter(insert, "@id", ParameterKind.Text, cluster.Id);
            AddParameter(insert, "@date", ParameterKind.Text, doc.RootElement.GetProperty("date").GetString() is { } d ? d : DBNull.Value);
            AddParameter(insert, "@country", ParameterKind.Text, doc.RootElement.TryGetProperty("location", out var l) && l.GetProperty("countryCode").GetString() is { } c ? c : DBNull.Value);
            AddParameter(insert, "@sources", ParameterKind.Integer, cluster.Sources);
            AddParameter(insert, "@record", ParameterKind.Json, json);
            insert.ExecuteNonQuery();
            written++;
        }

        transaction.Commit();
        return written;
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
        if (SchemaTableExists())
        {
            int version = ReadSchemaVersion();
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

        using (var version = Command("INSERT INTO wirewatch_schema (key, value) VALUES ('version', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value", transaction))
        {
            AddParameter(version, "@v", ParameterKind.Text, SchemaVersion.ToString(CultureInfo.InvariantCulture));
            version.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private void PrepareCommands()
    {
        const ParameterKind T = ParameterKind.Text, I = ParameterKind.Integer;
        _insertArticle = Prepared(
            $"INSERT INTO articles ({ArticleColumns}) VALUES (@id, @url, @canonical_url, @title, @source, @published, @date_basis, @language, " +
            "@origin, @word_count, @simhash, @ingested_at, @record) ON CONFLICT (id) DO NOTHING",
            ("@id", T), ("@url", T), ("@canonical_url", T), ("@title", T), ("@source", T), ("@published", ParameterKind.Date), ("@date_basis", T),
            ("@language", T), ("@origin", T), ("@word_count", I), ("@simhash", I), ("@ingested_at", ParameterKind.Time), ("@record", ParameterKind.Json));
        _insertEvent = Prepared(
            "INSERT INTO events (article_id, ordinal, type, event_date, country, record) VALUES (@article_id, @ordinal, @type, @event_date, @country, @record)",
            ("@article_id", T), ("@ordinal", I), ("@type", T), ("@event_date", T), ("@country", T), ("@record", ParameterKind.Json));
        _insertQuote = Prepared(
            "INSERT INTO quotes (article_id, ordinal, speaker, record) VALUES (@article_id, @ordinal, @speaker, @record)",
            ("@article_id", T), ("@ordinal", I), ("@speaker", T), ("@record", ParameterKind.Json));
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

using Npgsql;
using NpgsqlTypes;

namespace Wirewatch.Storage.Benchmarks;

/// <summary>
/// The same rows as <see cref="PostgresArticleStore.Store"/> writes, in the same one transaction per article, but
/// sent as one <see cref="NpgsqlBatch"/> (one round trip plus the commit instead of one per row): what the store
/// would gain from batching its statements.
/// </summary>
internal sealed class OneRoundTripWriter : IDisposable
{
    private readonly NpgsqlConnection _connection;

    public OneRoundTripWriter(string connectionString)
    {
        _connection = new NpgsqlConnection(connectionString);
        _connection.Open();
    }

    public void Store(ArticleRecord article)
    {
        using var transaction = _connection.BeginTransaction();
        using var batch = new NpgsqlBatch(_connection, transaction);
        var insert = new NpgsqlBatchCommand(
            "INSERT INTO articles (id, url, canonical_url, title, source, published, date_basis, language, origin, word_count, simhash, ingested_at, record) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO NOTHING");
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = article.Id });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)article.Url ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)article.CanonicalUrl ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)article.Title ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)article.Source ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = article.Published is { } p ? p : DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)article.DateBasis ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)article.Language ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = article.Origin });
        insert.Parameters.Add(new NpgsqlParameter { Value = article.WordCount });
        insert.Parameters.Add(new NpgsqlParameter { Value = unchecked((long)article.SimHash) });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = DateTime.UtcNow });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = article.RecordJson });
        batch.BatchCommands.Add(insert);
        for (int i = 0; i < article.Events.Count; i++)
        {
            var row = article.Events[i];
            var e = new NpgsqlBatchCommand("INSERT INTO events (article_id, ordinal, type, event_date, country, record) VALUES ($1, $2, $3, $4, $5, $6)");
            e.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = article.Id });
            e.Parameters.Add(new NpgsqlParameter { Value = i });
            e.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)row.Type ?? DBNull.Value });
            e.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)row.Date ?? DBNull.Value });
            e.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)row.Country ?? DBNull.Value });
            e.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = row.Json });
            batch.BatchCommands.Add(e);
        }

        for (int i = 0; i < article.Quotes.Count; i++)
        {
            var row = article.Quotes[i];
            var q = new NpgsqlBatchCommand("INSERT INTO quotes (article_id, ordinal, speaker, record) VALUES ($1, $2, $3, $4)");
            q.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = article.Id });
            q.Parameters.Add(new NpgsqlParameter { Value = i });
            q.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)row.Speaker ?? DBNull.Value });
            q.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = row.Json });
            batch.BatchCommands.Add(q);
        }

        var clear = new NpgsqlBatchCommand("DELETE FROM failed WHERE source = $1");
        clear.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = article.Origin });
        batch.BatchCommands.Add(clear);
        batch.ExecuteNonQuery();
        transaction.Commit();
    }

    public void Dispose() => _connection.Dispose();
}

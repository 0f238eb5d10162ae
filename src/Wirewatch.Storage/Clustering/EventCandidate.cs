using System.Text.Json;

namespace Wirewatch.Storage.Clustering;

/// <summary>
/// One event of a committed article on its way to the clustering stage: the message a worker publishes to
/// <c>wirewatch.candidates.&lt;partition&gt;</c>. Small and self-contained (the event's JSON from the record), so
/// the stage never re-reads the article's record.
/// </summary>
/// <param name="ArticleId">The article's id (also its primary key).</param>
/// <param name="Ordinal">The event's 0-based position in the article.</param>
/// <param name="PipelineVersion">The pipeline version that produced the event.</param>
/// <param name="Partition">The clustering partition (see <see cref="PartitionMap"/>).</param>
/// <param name="EventJson">The event's JSON as stored in the events table.</param>
public sealed record EventCandidate(string ArticleId, int Ordinal, string PipelineVersion, string Partition, string EventJson)
{
    /// <summary>The mention's id: one event of one article, whatever the pipeline version; membership rows are keyed by it.</summary>
    public string MentionId => $"{ArticleId}:{Ordinal}";

    /// <summary>The candidate as a UTF-8 JSON message body.</summary>
    public byte[] ToUtf8()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("articleId", ArticleId);
            json.WriteNumber("ordinal", Ordinal);
            json.WriteString("pipelineVersion", PipelineVersion);
            json.WriteString("partition", Partition);
            // The event is embedded as a JSON value, not a string, so the message stays readable.
            json.WritePropertyName("event");
            json.WriteRawValue(EventJson, skipInputValidation: false);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a message body written by <see cref="ToUtf8"/>.</summary>
    /// <exception cref="FormatException">The body is not such a message.</exception>
    public static EventCandidate FromUtf8(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("articleId", out var article) || article.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("ordinal", out var ordinal) || !ordinal.TryGetInt32(out int index) || index < 0
                || !root.TryGetProperty("pipelineVersion", out var version) || version.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("partition", out var partition) || partition.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("event", out var e) || e.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("An event candidate needs articleId, ordinal, pipelineVersion, partition and an event object.");
            }

            return new EventCandidate(article.GetString()!, index, version.GetString()!, partition.GetString()!, e.GetRawText());
        }
        catch (JsonException ex)
        {
            throw new FormatException($"An event candidate is not valid JSON: {ex.Message}", ex);
        }
    }
}

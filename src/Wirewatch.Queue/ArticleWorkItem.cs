using System.Globalization;
using System.Text.Json;

namespace Wirewatch.Queue;

/// <summary>
/// One article on its way to a worker: the text and the metadata its reader found, with the id computed at
/// ingest (hash of canonical URL, else of the text). Everything the worker needs to process it exactly as a
/// single-node ingest would.
/// </summary>
public sealed record ArticleWorkItem
{
    public required string Id { get; init; }

    /// <summary>The file, <c>file:line</c> or feed item it was read from; failures are recorded under it.</summary>
    public required string Origin { get; init; }

    public required string Text { get; init; }

    public string? Url { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public DateOnly? Published { get; init; }

    public string? DateBasis { get; init; }

    /// <summary>The message body: UTF-8 JSON.</summary>
    public byte[] ToUtf8()
    {
        using var buffer = new MemoryStream(Text.Length + 256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", Id);
            json.WriteString("origin", Origin);
            WriteOptional(json, "url", Url);
            WriteOptional(json, "canonicalUrl", CanonicalUrl);
            WriteOptional(json, "title", Title);
            WriteOptional(json, "source", Source);
            WriteOptional(json, "published", Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteOptional(json, "dateBasis", DateBasis);
            json.WriteString("text", Text);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a body written by <see cref="ToUtf8"/>.</summary>
    /// <exception cref="FormatException">The body is not a work item (a poison message).</exception>
    public static ArticleWorkItem FromUtf8(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"an article work item is a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var id = Required(root, "id");
            var origin = Required(root, "origin");
            var text = Required(root, "text");
            DateOnly? published = null;
            if (Optional(root, "published") is { } date)
            {
                published = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new FormatException($"published is not a yyyy-MM-dd date: '{date}'");
            }

            return new ArticleWorkItem
            {
                Id = id,
                Origin = origin,
                Text = text,
                Url = Optional(root, "url"),
                CanonicalUrl = Optional(root, "canonicalUrl"),
                Title = Optional(root, "title"),
                Source = Optional(root, "source"),
                Published = published,
                DateBasis = Optional(root, "dateBasis"),
            };
        }
        catch (JsonException ex)
        {
            throw new FormatException($"an article work item is not valid JSON: {ex.Message}", ex);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new FormatException($"an article work item needs a non-empty string \"{name}\"");

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

using System.Text.Json;

namespace Wirewatch.Storage.Export;

/// <summary>
/// Quotes CSV: one row per quote with the article, the speaker (words — for a relative pronoun the phrase it stands
/// for —, resolved name, descriptor), the cue,
/// the content and the direct/partial flags. The actor filter applies to the speaker; the country and type
/// filters keep articles that have a matching event.
/// </summary>
public sealed class QuotesCsvExportWriter : EventExportWriter
{
    public static readonly string[] Columns =
    [
        "article_id", "published", "source", "url", "speaker", "speaker_canonical", "speaker_entity_id", "speaker_descriptor",
        "cue", "content", "direct", "partial", "start", "end",
    ];

    public QuotesCsvExportWriter(Stream output, ExportOptions options)
        : base(output, options)
    {
    }

    protected override void WriteHeader() => CsvLine.Write(Writer, Columns);

    protected override int WriteArticle(StoredArticle article, JsonElement record)
    {
        var filter = Options.Filter;
        if ((!string.IsNullOrEmpty(filter.Country) || !string.IsNullOrEmpty(filter.Type)) && !(filter with { Actor = null }).MatchesAny(article, record))
        {
            return 0;
        }

        if (!record.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        int rows = 0;
        foreach (var q in quotes.EnumerateArray())
        {
            var speaker = ExportedEvent.Child(q, "speaker");
            // For a relative pronoun ("officials, who said") the speaker column gives the phrase it stands for.
            var speakerText = ExportedEvent.Text(ExportedEvent.Child(speaker, "antecedent"), "text") ?? ExportedEvent.Text(speaker, "text") ?? string.Empty;
            var canonical = ExportedEvent.Text(speaker, "canonical");
            if (!string.IsNullOrEmpty(filter.Actor)
                && !speakerText.Contains(filter.Actor, StringComparison.OrdinalIgnoreCase)
                && !(canonical?.Contains(filter.Actor, StringComparison.OrdinalIgnoreCase) ?? false))
            {
                continue;
            }

            var content = ExportedEvent.Child(q, "content");
            var cue = ExportedEvent.Child(q, "cue");
            CsvLine.Write(Writer,
            [
                article.Id,
                article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                article.Source,
                article.Url,
                speakerText,
                canonical,
                ExportedEvent.Text(speaker, "entityId"),
                ExportedEvent.Text(speaker, "descriptor"),
                cue.ValueKind == JsonValueKind.String ? cue.GetString() : ExportedEvent.Text(cue, "text"),
                content.ValueKind == JsonValueKind.String ? content.GetString() : ExportedEvent.Text(content, "text"),
                Flag(q, "direct"),
                Flag(q, "partial"),
                ExportedEvent.Text(content, "start"),
                ExportedEvent.Text(content, "end"),
            ]);
            rows++;
        }

        return rows;
    }

    protected override bool WriteEvent(ExportedEvent e)
    {
        // Rows are quotes, not events: see WriteArticle.
        return false;
    }

    private static string Flag(JsonElement quote, string name) =>
        ExportedEvent.Child(quote, name).ValueKind == JsonValueKind.True ? "true" : "false";
}

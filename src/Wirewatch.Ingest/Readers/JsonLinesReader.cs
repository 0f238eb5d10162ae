using System.Text;
using System.Text.Json;
using Wirewatch.Ingest.Dates;

namespace Wirewatch.Ingest.Readers;

/// <summary>
/// One article per line: <c>{"text": ..., "url": ..., "title": ..., "date": ..., "source": ...}</c>
/// (<c>published</c> is read as <c>date</c>). Bad lines are reported with their line number and skipped;
/// the rest of the file is read.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    public string Format => "jsonl";

    public IEnumerable<ReadResult> Read(string origin, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            yield return ReadResult.Failed(origin, "file is empty");
            yield break;
        }

        if (content.AsSpan().IndexOf((byte)0) >= 0)
        {
            yield return ReadResult.Failed(origin, "looks binary (contains NUL bytes); expected JSON lines");
            yield break;
        }

        int start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
        int lineNumber = 0;
        int articles = 0;
        while (start < content.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = Array.IndexOf(content, (byte)'\n', start);
            if (end < 0)
            {
                end = content.Length;
            }

            lineNumber++;
            var line = content.AsMemory(start, end - start);
            start = end + 1;
            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            var source = $"{origin}:{lineNumber}";
            var result = ReadLine(source, line);
            if (result.Article is not null)
            {
                articles++;
            }

            yield return result;
        }

        if (articles == 0 && lineNumber == 0)
        {
            yield return ReadResult.Failed(origin, "holds no JSON lines");
        }
    }

    private static ReadResult ReadLine(string source, ReadOnlyMemory<byte> line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ReadResult.Failed(source, $"not valid JSON ({FirstSentence(ex.Message)})");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failed(source, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadResult.Failed(source, "no \"text\" field (or it is empty)");
            }

            var dateText = String(root, "date") ?? String(root, "published");
            var published = PublicationDateFinder.ParseMetadata(dateText);
            string? basis = published is null ? null : DateBasis.Metadata;
            if (published is null && PublicationDateFinder.FromDateline(text) is { } dateline)
            {
                (published, basis) = (dateline, DateBasis.Dateline);
            }

            return ReadResult.Of(new RawArticle
            {
                Text = text,
                Origin = source,
                Url = String(root, "url"),
                Title = String(root, "title"),
                Source = String(root, "source"),
                Published = published,
                DateBasis = basis,
            });
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        var sb = new StringBuilder(dot > 0 ? message[..dot] : message.TrimEnd('.'));
        return sb.ToString();
    }
}

using System.Text;

namespace Wirewatch.Ingest.Readers;

/// <summary>Chooses the reader for an input from its extension, or for unknown extensions from its first bytes.</summary>
public static class ArticleReaders
{
    public static IArticleReader PlainText { get; } = new PlainTextReader();

    public static IArticleReader Html { get; } = new HtmlArticleReader();

    public static IArticleReader JsonLines { get; } = new JsonLinesReader();

    public static IArticleReader Feed { get; } = new FeedArticleReader();

    /// <summary>Extensions read without sniffing; a folder walk reads every file, others are sniffed.</summary>
    public static IReadOnlyCollection<string> KnownExtensions { get; } =
        [".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".rss", ".atom", ".xml", ".rdf"];

    public static IArticleReader Choose(string path, ReadOnlySpan<byte> content, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (contentType is not null)
        {
            if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return Sniff(content) == Feed ? Feed : Html;
            }

            if (contentType.Contains("xml", StringComparison.OrdinalIgnoreCase) || contentType.Contains("rss", StringComparison.OrdinalIgnoreCase)
                || contentType.Contains("atom", StringComparison.OrdinalIgnoreCase))
            {
                return Feed;
            }
        }

        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".text" => PlainText,
            ".html" or ".htm" or ".xhtml" => Html,
            ".jsonl" or ".ndjson" => JsonLines,
            ".rss" or ".atom" or ".rdf" => Feed,
            ".xml" => Sniff(content) == Html ? Html : Feed,
            _ => Sniff(content),
        };
    }

    /// <summary>Looks at the start of the content: a feed's root element, an HTML page, else plain text (whose reader rejects binary data).</summary>
    internal static IArticleReader Sniff(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 2048)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return PlainText;
        }

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('<'))
        {
            return PlainText;
        }

        if (text.Contains("<rss", StringComparison.OrdinalIgnoreCase) || text.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
        {
            return Feed;
        }

        return text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<body", StringComparison.OrdinalIgnoreCase) || text.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            ? Html
            : PlainText;
    }
}

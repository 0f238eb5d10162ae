using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Wirewatch.Core.Errors;
using Wirewatch.Ingest.Dates;
using Wirewatch.Text;

namespace Wirewatch.Ingest.Readers;

/// <summary>
/// An HTML page is one article: SmartReader (a port of Mozilla's Readability) finds the main text and
/// drops navigation, adverts and footers; the canonical URL, title, site name and publication date come
/// from the page's metadata.
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    /// <summary>Main text shorter than this is not an article (an index page, a paywall stub).</summary>
    public const int MinTextLength = 40;

    private static readonly string[] DateSelectors =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='publish-date']", "meta[name='date']", "meta[name='dc.date']",
        "meta[name='DC.date.issued']", "meta[property='og:published_time']",
    ];

    public string Format => "html";

    public IEnumerable<ReadResult> Read(string origin, byte[] content, CancellationToken cancellationToken)
    {
        DecodedText decoded;
        try
        {
            decoded = TextFileDecoder.Decode(content, origin);
        }
        catch (InputRejectedException ex)
        {
            return [ReadResult.Failed(origin, ex.Reason)];
        }

        var document = new HtmlParser().ParseDocument(decoded.Text);
        var url = Attribute(document, "link[rel='canonical']", "href") ?? Attribute(document, "meta[property='og:url']", "content");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            url = null;
        }

        var pageUri = url ?? (Uri.TryCreate(origin, UriKind.Absolute, out var o) && o.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? origin
            : new Uri(Path.GetFullPath(origin)).AbsoluteUri);

        Article article;
        try
        {
            using var reader = new Reader(pageUri, document) { Debug = false, Logging = ReportLevel.Issue };
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [ReadResult.Failed(origin, $"cannot extract the main text: {ex.Message}")];
        }

        var text = string.IsNullOrWhiteSpace(article.Content) ? string.Empty : HtmlText.ToPlainText(article.Content);
        if (text.Length < MinTextLength)
        {
            return [ReadResult.Failed(origin, text.Length == 0
                ? "no article text found in the HTML page"
                : $"article text is only {text.Length} characters; not an article")];
        }

        DateOnly? published = article.PublicationDate is { } pd ? DateOnly.FromDateTime(pd) : null;
        foreach (var selector in DateSelectors)
        {
            if (published is not null)
            {
                break;
            }

            published = PublicationDateFinder.ParseMetadata(Attribute(document, selector, "content"));
        }

        published ??= PublicationDateFinder.ParseMetadata(Attribute(document, "time[datetime]", "datetime"));
        string? basis = published is null ? null : DateBasis.Metadata;
        if (published is null)
        {
            (published, basis) = PlainTextReader.FindDate(text, origin);
        }

        var title = string.IsNullOrWhiteSpace(article.Title) ? document.Title : article.Title;
        return [ReadResult.Of(new RawArticle
        {
            Text = text,
            Origin = origin,
            Url = url,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Source = string.IsNullOrWhiteSpace(article.SiteName) ? Attribute(document, "meta[property='og:site_name']", "content") : article.SiteName,
            Published = published,
            DateBasis = basis,
        })];
    }

    private static string? Attribute(IHtmlDocument document, string selector, string attribute)
    {
        var value = document.QuerySelector(selector)?.GetAttribute(attribute);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}

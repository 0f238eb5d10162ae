using System.Xml;
using CodeHollow.FeedReader;
using Wirewatch.Ingest.Dates;

namespace Wirewatch.Ingest.Readers;

/// <summary>
/// An RSS (0.91–2.0, 1.0/RDF) or Atom feed: each item is an article whose text is the item's content
/// (or its description when there is no content), converted from HTML. Linked pages are not fetched.
/// </summary>
public sealed class FeedArticleReader : IArticleReader
{
    public string Format => "feed";

    public IEnumerable<ReadResult> Read(string origin, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return [ReadResult.Failed(origin, "file is empty")];
        }

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(content);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [ReadResult.Failed(origin, $"not a readable RSS/Atom feed: {Describe(ex)}")];
        }

        var results = new List<ReadResult>();
        int n = 0;
        foreach (var item in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            n++;
            var source = $"{origin}#item-{n}";
            var html = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description;
            var text = string.IsNullOrWhiteSpace(html) ? string.Empty : HtmlText.ToPlainText(html);
            if (text.Length == 0)
            {
                results.Add(ReadResult.Failed(source, "feed item has no text (no content or description)"));
                continue;
            }

            DateOnly? published = item.PublishingDate is { } date ? DateOnly.FromDateTime(date) : PublicationDateFinder.ParseMetadata(item.PublishingDateString);
            string? basis = published is null ? null : DateBasis.Metadata;
            if (published is null && PublicationDateFinder.FromDateline(text) is { } dateline)
            {
                (published, basis) = (dateline, DateBasis.Dateline);
            }

            results.Add(ReadResult.Of(new RawArticle
            {
                Text = text,
                Origin = source,
                Url = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim(),
                Title = string.IsNullOrWhiteSpace(item.Title) ? null : HtmlText.ToPlainText(item.Title),
                Source = string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim(),
                Published = published,
                DateBasis = basis,
            }));
        }

        if (n == 0)
        {
            results.Add(ReadResult.Failed(origin, "feed has no items"));
        }

        return results;
    }

    private static string Describe(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is XmlException xml)
            {
                return $"malformed XML at line {xml.LineNumber}, position {xml.LinePosition}: {xml.Message}";
            }
        }

        return ex.Message;
    }
}

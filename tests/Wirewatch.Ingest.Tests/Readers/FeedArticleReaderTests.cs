using System.Text;
using Wirewatch.Ingest.Readers;

namespace Wirewatch.Ingest.Tests.Readers;

public class FeedArticleReaderTests
{
    [Fact]
    public void Rss_items_become_articles()
    {
        var rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Example Wire</title>
                <link>https://example.com</link>
                <description>World news</description>
                <item>
                  <title>Clashes in the north</title>
                  <link>https://example.com/clashes?utm_medium=rss</link>
                  <pubDate>Wed, 18 Feb 2015 10:00:00 GMT</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>Fighting broke out in the north on Tuesday.</p><p>Dozens were wounded.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Talks resume</title>
                  <link>https://example.com/talks</link>
                  <description>&lt;p&gt;Negotiators met again in Geneva.&lt;/p&gt;</description>
                </item>
                <item><title>Empty</title><link>https://example.com/empty</link></item>
              </channel>
            </rss>
            """;

        var results = new FeedArticleReader().Read("/feeds/wire.rss", Encoding.UTF8.GetBytes(rss), CancellationToken.None).ToList();

        Assert.Equal(3, results.Count);
        var first = results[0].Article!;
        Assert.Equal("Fighting broke out in the north on Tuesday.\n\nDozens were wounded.", first.Text);
        Assert.Equal("https://example.com/clashes?utm_medium=rss", first.Url);
        Assert.Equal("Clashes in the north", first.Title);
        Assert.Equal("Example Wire", first.Source);
        Assert.Equal(new DateOnly(2015, 2, 18), first.Published);
        Assert.Equal("/feeds/wire.rss#item-1", first.Origin);
        Assert.Equal("Negotiators met again in Geneva.", results[1].Article!.Text);
        Assert.Equal("/feeds/wire.rss#item-3", results[2].Rejection!.Source);
        Assert.Contains("no text", results[2].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_entries_become_articles()
    {
        var atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Wire</title>
              <updated>2016-03-11T18:30:02Z</updated>
              <entry>
                <title>Ceasefire announced</title>
                <link href="https://example.org/ceasefire"/>
                <id>urn:uuid:1</id>
                <published>2016-03-11T08:00:00Z</published>
                <updated>2016-03-11T18:30:02Z</updated>
                <content type="html">&lt;p&gt;A ceasefire was announced on Friday.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

        var result = Assert.Single(new FeedArticleReader().Read("/feeds/wire.atom", Encoding.UTF8.GetBytes(atom), CancellationToken.None));

        Assert.Equal("A ceasefire was announced on Friday.", result.Article!.Text);
        Assert.Equal("https://example.org/ceasefire", result.Article.Url);
        Assert.Equal(new DateOnly(2016, 3, 11), result.Article.Published);
    }

    [Fact]
    public void Malformed_xml_is_rejected_with_line_number()
    {
        var bad = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<item><title>Broken</title>\n</channel>\n</rss>\n";
        var result = Assert.Single(new FeedArticleReader().Read("/feeds/bad.rss", Encoding.UTF8.GetBytes(bad), CancellationToken.None));

        Assert.Null(result.Article);
        Assert.Contains("line 5", result.Rejection!.Reason, StringComparison.Ordinal);
    }
}

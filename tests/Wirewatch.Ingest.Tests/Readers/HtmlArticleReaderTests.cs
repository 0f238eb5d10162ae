using System.Text;
using Wirewatch.Ingest.Readers;

namespace Wirewatch.Ingest.Tests.Readers;

public class HtmlArticleReaderTests
{
    private static readonly string Body = string.Join(
        "\n",
        Enumerable.Range(0, 6).Select(i =>
            $"<p>Paragraph {i}: the militants attacked a checkpoint near the city on Monday morning, officials said, and the army responded with air strikes against their positions in the hills.</p>"));

    private static string Page() => $"""
        <!DOCTYPE html>
        <html lang="en"><head>
          <title>Militants attack checkpoint | Daily Wire Service</title>
          <link rel="canonical" href="https://www.example.com/world/attack-checkpoint/?utm_source=rss">
          <meta property="og:site_name" content="Daily Wire Service">
          <meta property="article:published_time" content="2015-02-18T09:30:00+01:00">
          <script>var tracking = "do not read me";</script>
        </head><body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity news item</a></li><li><a href="/b">Weather today</a></li></ul></div>
          <article><h1>Militants attack checkpoint</h1>
          {Body}
          </article>
          <footer><p>Copyright 2015 Daily Wire Service. All rights reserved. Subscribe to our newsletter.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Extracts_main_text_without_boilerplate()
    {
        var results = new HtmlArticleReader().Read("/tmp/page.html", Encoding.UTF8.GetBytes(Page()), CancellationToken.None).ToList();

        var article = Assert.Single(results).Article;
        Assert.NotNull(article);
        Assert.Contains("Paragraph 0: the militants attacked", article.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5:", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("do not read me", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", article.Text, StringComparison.Ordinal);
        // Paragraphs stay apart.
        Assert.Contains("\n\nParagraph 1:", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_metadata_from_the_head()
    {
        var article = new HtmlArticleReader().Read("/tmp/page.html", Encoding.UTF8.GetBytes(Page()), CancellationToken.None).Single().Article!;

        Assert.Equal("https://www.example.com/world/attack-checkpoint/?utm_source=rss", article.Url);
        Assert.Equal(new DateOnly(2015, 2, 18), article.Published);
        Assert.Equal("metadata", article.DateBasis);
        Assert.Equal("Daily Wire Service", article.Source);
        Assert.NotNull(article.Title);
        Assert.Contains("Militants attack checkpoint", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_without_article_text_is_rejected()
    {
        var html = "<html><head><title>Index</title></head><body><nav><a href='/a'>A</a></nav></body></html>";
        var result = Assert.Single(new HtmlArticleReader().Read("/tmp/index.html", Encoding.UTF8.GetBytes(html), CancellationToken.None));

        Assert.Null(result.Article);
        Assert.Equal(RejectionKind.Failed, result.Rejection!.Kind);
        Assert.Contains("text", result.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_html_still_yields_its_text()
    {
        var html = "<html><body><div><p>" + string.Join(" ", Enumerable.Repeat("Troops moved into the northern district after days of shelling.", 12)) + "<p>Unclosed <b>bold and <i>italic</div>";
        var result = Assert.Single(new HtmlArticleReader().Read("/tmp/broken.html", Encoding.UTF8.GetBytes(html), CancellationToken.None));

        Assert.NotNull(result.Article);
        Assert.Contains("Troops moved into the northern district", result.Article.Text, StringComparison.Ordinal);
    }
}

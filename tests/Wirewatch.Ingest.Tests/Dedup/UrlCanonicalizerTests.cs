using Wirewatch.Ingest.Dedup;

namespace Wirewatch.Ingest.Tests.Dedup;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://www.Example.COM/world/story", "https://example.com/world/story")]
    [InlineData("http://example.com/world/story", "https://example.com/world/story")]
    [InlineData("https://example.com/world/story/", "https://example.com/world/story")]
    [InlineData("https://example.com/world/story#comments", "https://example.com/world/story")]
    [InlineData("https://example.com/world/story?utm_source=rss&utm_medium=feed&utm_campaign=x", "https://example.com/world/story")]
    [InlineData("https://example.com/story?id=7&fbclid=abc&page=2", "https://example.com/story?id=7&page=2")]
    [InlineData("https://example.com/story?page=2&id=7", "https://example.com/story?id=7&page=2")]
    [InlineData("https://example.com:443/story", "https://example.com/story")]
    [InlineData("http://example.com:8080/story", "https://example.com:8080/story")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("  https://example.com/a  ", "https://example.com/a")]
    public void Canonical_forms(string url, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));
    }

    [Fact]
    public void Path_case_is_kept()
    {
        Assert.Equal("https://example.com/World/Story", UrlCanonicalizer.Canonicalize("https://EXAMPLE.com/World/Story"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:desk@example.com")]
    public void Non_http_urls_have_no_canonical_form(string? url)
    {
        Assert.Null(UrlCanonicalizer.Canonicalize(url));
    }

    [Fact]
    public void Variants_of_one_url_get_one_id()
    {
        var a = ArticleId.For(UrlCanonicalizer.Canonicalize("http://www.example.com/a/?utm_source=x#top"), "text one");
        var b = ArticleId.For(UrlCanonicalizer.Canonicalize("https://example.com/a"), "different text");
        Assert.Equal(a, b);
        Assert.Equal(16, a.Length);
    }

    [Fact]
    public void Text_ids_ignore_case_and_whitespace()
    {
        Assert.Equal(ArticleId.FromText("Troops  entered\nthe town."), ArticleId.FromText("  troops entered the TOWN. "));
        Assert.NotEqual(ArticleId.FromText("Troops entered the town."), ArticleId.FromText("Troops left the town."));
    }
}

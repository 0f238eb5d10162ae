using System.Text;

namespace Wirewatch.Queue.Tests;

public class ArticleWorkItemTests
{
    [Fact]
    public void Round_trips_every_field()
    {
        var item = new ArticleWorkItem
        {
            Id = "abc123",
            Origin = "/in/a.jsonl:3",
            Text = "Gunmen attacked a checkpoint near \"Sirte\" on Monday.\nTwo died.",
            Url = "https://example.com/a?x=1",
            CanonicalUrl = "https://example.com/a",
            Title = "Attack",
            Source = "Example Wire",
            Published = new DateOnly(2015, 2, 28),
            DateBasis = "metadata",
        };

        Assert.Equal(item, ArticleWorkItem.FromUtf8(item.ToUtf8()));
    }

    [Fact]
    public void Optional_fields_may_be_missing()
    {
        var item = new ArticleWorkItem { Id = "x", Origin = "o", Text = "t" };
        var back = ArticleWorkItem.FromUtf8(item.ToUtf8());
        Assert.Null(back.Url);
        Assert.Null(back.Published);
        Assert.Equal("t", back.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"id\":\"x\",\"origin\":\"o\"}")]
    [InlineData("{\"id\":\"x\",\"origin\":\"o\",\"text\":\"\"}")]
    [InlineData("{\"id\":\"x\",\"origin\":\"o\",\"text\":\"t\",\"published\":\"28/02/2015\"}")]
    public void Anything_else_is_a_format_error(string body)
    {
        Assert.Throws<FormatException>(() => ArticleWorkItem.FromUtf8(Encoding.UTF8.GetBytes(body)));
    }
}

using System.Text;
using Wirewatch.Ingest.Readers;

namespace Wirewatch.Ingest.Tests.Readers;

public class JsonLinesReaderTests
{
    [Fact]
    public void Reads_articles_and_reports_bad_lines_by_number()
    {
        var jsonl = string.Join("\n",
            """{"text": "Troops entered the town on Monday.", "url": "https://example.com/a", "title": "Troops enter town", "date": "2015-02-18", "source": "Wire"}""",
            """{"text": "Second article text.", "published": "2015-02-19T22:10:00Z"}""",
            "",
            """{"text": "unterminated""",
            """{"url": "https://example.com/no-text"}""",
            """[1, 2, 3]""",
            """{"text": "Last one."}""") + "\n";

        var results = new JsonLinesReader().Read("/in/news.jsonl", Encoding.UTF8.GetBytes(jsonl), CancellationToken.None).ToList();

        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var rejections = results.Where(r => r.Rejection is not null).Select(r => r.Rejection!).ToList();
        Assert.Equal(3, articles.Count);
        Assert.Equal("/in/news.jsonl:1", articles[0].Origin);
        Assert.Equal("https://example.com/a", articles[0].Url);
        Assert.Equal("Troops enter town", articles[0].Title);
        Assert.Equal("Wire", articles[0].Source);
        Assert.Equal(new DateOnly(2015, 2, 18), articles[0].Published);
        Assert.Equal(new DateOnly(2015, 2, 19), articles[1].Published);
        Assert.Equal("/in/news.jsonl:7", articles[2].Origin);

        Assert.Equal(["/in/news.jsonl:4", "/in/news.jsonl:5", "/in/news.jsonl:6"], rejections.Select(r => r.Source));
        Assert.StartsWith("not valid JSON", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("\"text\"", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("expected a JSON object", rejections[2].Reason, StringComparison.Ordinal);
        Assert.All(rejections, r => Assert.Equal(RejectionKind.Failed, r.Kind));
    }

    [Fact]
    public void Binary_jsonl_is_rejected()
    {
        var result = Assert.Single(new JsonLinesReader().Read("/in/x.jsonl", [0x7B, 0x00, 0x01], CancellationToken.None));
        Assert.Contains("binary", result.Rejection!.Reason, StringComparison.Ordinal);
    }
}

using System.Text;
using Wirewatch.Ingest.Readers;

namespace Wirewatch.Ingest.Tests.Readers;

public class PlainTextReaderTests
{
    private static ReadResult ReadOne(string origin, byte[] bytes) =>
        Assert.Single(new PlainTextReader().Read(origin, bytes, CancellationToken.None));

    [Fact]
    public void Text_file_is_one_article_with_title_and_file_name_date()
    {
        var text = "Rebels seize border post\n\nRebel fighters seized a border post on Monday, officials said.\n";
        var result = ReadOne("/news/2016-09-12/rebels.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, result.Article!.Text);
        Assert.Equal("Rebels seize border post", result.Article.Title);
        Assert.Equal(new DateOnly(2016, 9, 12), result.Article.Published);
        Assert.Equal("file-name", result.Article.DateBasis);
    }

    [Fact]
    public void Dateline_wins_over_file_name()
    {
        var text = "WASHINGTON, Feb. 18, 2015 (Reuters) - Officials met on Wednesday to discuss the crisis.";
        var result = ReadOne("/news/20160912-x.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(new DateOnly(2015, 2, 18), result.Article!.Published);
        Assert.Equal("dateline", result.Article.DateBasis);
        Assert.Null(result.Article.Title);
    }

    [Fact]
    public void Empty_file_is_rejected_with_reason()
    {
        var result = ReadOne("/x/empty.txt", []);

        Assert.Null(result.Article);
        Assert.Equal(RejectionKind.Failed, result.Rejection!.Kind);
        Assert.Equal("file is empty", result.Rejection.Reason);
    }

    [Fact]
    public void Binary_file_is_rejected_with_reason()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var result = ReadOne("/x/photo.jpg", bytes);

        Assert.Null(result.Article);
        Assert.Contains("binary", result.Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal("/x/photo.jpg", result.Rejection.Source);
    }
}

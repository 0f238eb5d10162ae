using Wirewatch.Ingest.Dates;

namespace Wirewatch.Ingest.Tests.Dates;

public class PublicationDateFinderTests
{
    [Theory]
    [InlineData("2015-02-18", 2015, 2, 18)]
    [InlineData("2015-02-18T23:30:00-05:00", 2015, 2, 18)]
    [InlineData("Wed, 18 Feb 2015 10:00:00 GMT", 2015, 2, 18)]
    [InlineData("February 18, 2015", 2015, 2, 18)]
    [InlineData("18 February 2015", 2015, 2, 18)]
    public void Metadata_dates(string value, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), PublicationDateFinder.ParseMetadata(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31/31/2015")]
    public void Bad_metadata_dates_are_null(string value)
    {
        Assert.Null(PublicationDateFinder.ParseMetadata(value));
    }

    [Theory]
    [InlineData("TRIPOLI, Feb 18, 2015 (Reuters) - Islamic State...", 2015, 2, 18)]
    [InlineData("Published 3 March 2016\n\nThe minister said...", 2016, 3, 3)]
    [InlineData("2016-09-12 | Washington\nOfficials said...", 2016, 9, 12)]
    public void Datelines(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), PublicationDateFinder.FromDateline(text));
    }

    [Fact]
    public void Dates_deep_in_the_text_are_not_datelines()
    {
        var text = new string('x', PublicationDateFinder.DatelineWindow) + " On February 18, 2015 something happened.";
        Assert.Null(PublicationDateFinder.FromDateline(text));
        Assert.Null(PublicationDateFinder.FromDateline("TRIPOLI, Feb 18 (Reuters) - no year here"));
    }

    [Theory]
    [InlineData("/data/breitbart_2016-09-12_stealth-over.txt", 2016, 9, 12)]
    [InlineData("/data/20150218-libya.html", 2015, 2, 18)]
    [InlineData("/data/2015-02-18/article.txt", 2015, 2, 18)]
    public void File_names(string path, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), PublicationDateFinder.FromFileName(path));
    }

    [Fact]
    public void Numbers_that_are_not_dates_are_ignored()
    {
        Assert.Null(PublicationDateFinder.FromFileName("/data/article-123456789.txt"));
        Assert.Null(PublicationDateFinder.FromFileName("/data/2015-13-45.txt"));
    }
}

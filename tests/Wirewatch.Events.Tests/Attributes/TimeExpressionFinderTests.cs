using Wirewatch.Core.Documents;
using Wirewatch.Events.Attributes;
using Xunit;

namespace Wirewatch.Events.Tests.Attributes;

public sealed class TimeExpressionFinderTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2015, 2, 18);

    private static EventDate Single(Document document)
    {
        IReadOnlyList<TimeExpression> found = TimeExpressionFinder.Find(document, 0, Published);
        Assert.Single(found);
        return found[0].Date;
    }

    private static EventDate Single(string sentence) => Single(ParsedText.Flat(sentence));

    private static string SpanText(Document document, EventDate date) => ParsedText.Span(document, date.Start, date.End);

    [Fact]
    public void LastMonthIsThePreviousCalendarMonth()
    {
        Document document = ParsedText.Flat("Last month , they claimed an assault");
        EventDate date = Single(document);
        Assert.Equal(new DateOnly(2015, 1, 1), date.Value);
        Assert.Equal(new DateOnly(2015, 1, 31), date.EndValue);
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(DateBasis.RelativeToPublication, date.Basis);
        Assert.Equal("Last month", SpanText(document, date));
    }

    [Fact]
    public void AboutTwoWeeksAgoIsAWeekPreciseDay()
    {
        Document document = ParsedText.Flat("they were moved about two weeks ago .");
        EventDate date = Single(document);
        Assert.Equal(new DateOnly(2015, 2, 4), date.Value);
        Assert.Null(date.EndValue);
        Assert.Equal(DatePrecision.Week, date.Precision);
        Assert.Equal("about two weeks ago", SpanText(document, date));
    }

    [Fact]
    public void TwoDaysAgoIsADay()
    {
        EventDate date = Single("gunmen attacked two days ago");
        Assert.Equal(new DateOnly(2015, 2, 16), date.Value);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Fact]
    public void MonthWithoutYearIsTheMostRecentNotAfterPublication()
    {
        EventDate december = Single("In December , the general said");
        Assert.Equal(new DateOnly(2014, 12, 1), december.Value);
        Assert.Equal(new DateOnly(2014, 12, 31), december.EndValue);
        Assert.Equal(DatePrecision.Month, december.Precision);
        Assert.Equal(DateBasis.RelativeToPublication, december.Basis);

        EventDate february = Single("In February , the general said");
        Assert.Equal(new DateOnly(2015, 2, 1), february.Value);
    }

    [Fact]
    public void WeekdayIsTheMostRecentOnOrBeforePublication()
    {
        EventDate sunday = Single("militants attacked on Sunday");
        Assert.Equal(new DateOnly(2015, 2, 15), sunday.Value);
        Assert.Equal(DatePrecision.Day, sunday.Precision);

        // Wire copy names the publication day itself for same-day events.
        Assert.Equal(new DateOnly(2015, 2, 18), Single("militants attacked on Wednesday").Value);
        Assert.Equal(new DateOnly(2015, 2, 11), Single("militants attacked last Wednesday").Value);
    }

    [Fact]
    public void WeekdayWithPartOfDayKeepsTheDay()
    {
        Document document = ParsedText.Flat("the blast on Monday night killed two");
        EventDate date = Single(document);
        Assert.Equal(new DateOnly(2015, 2, 16), date.Value);
        Assert.Equal("Monday night", SpanText(document, date));
    }

    [Fact]
    public void FutureVerbLooksForward()
    {
        Document document = ParsedText.Build(
            "Ministers|NOUN|3|nsubj will|AUX|will|3|aux meet|VERB|VB|meet|0|root on|ADP|5|case Friday|PROPN|3|obl");
        EventDate date = Single(document);
        Assert.Equal(new DateOnly(2015, 2, 20), date.Value);
    }

    [Fact]
    public void AbsoluteDates()
    {
        EventDate full = Single("on February 15 , 2015 gunmen attacked");
        Assert.Equal(new DateOnly(2015, 2, 15), full.Value);
        Assert.Equal(DateBasis.Explicit, full.Basis);
        Assert.Equal(DatePrecision.Day, full.Precision);

        EventDate abbreviated = Single("on Feb. 15 gunmen attacked");
        Assert.Equal(new DateOnly(2015, 2, 15), abbreviated.Value);
        Assert.Equal(DateBasis.RelativeToPublication, abbreviated.Basis);

        EventDate dayFirst = Single("on 15 February gunmen attacked");
        Assert.Equal(new DateOnly(2015, 2, 15), dayFirst.Value);

        // A month-day after publication without a year is last year's.
        Assert.Equal(new DateOnly(2014, 3, 10), Single("on March 10 gunmen attacked").Value);
    }

    [Fact]
    public void YearsAndSince()
    {
        EventDate year = Single("the group was founded in 2014");
        Assert.Equal(new DateOnly(2014, 1, 1), year.Value);
        Assert.Equal(new DateOnly(2014, 12, 31), year.EndValue);
        Assert.Equal(DatePrecision.Year, year.Precision);
        Assert.Equal(DateBasis.Explicit, year.Basis);

        Document document = ParsedText.Flat("chaos has reigned since 2011");
        EventDate since = Single(document);
        Assert.Equal(new DateOnly(2011, 1, 1), since.Value);
        Assert.Equal(Published, since.EndValue);
        Assert.Equal("since 2011", SpanText(document, since));
    }

    [Fact]
    public void LateLastYearIsTheLastThirdOf2014()
    {
        Document document = ParsedText.Build(ArticleSentences.Yemeni);
        EventDate date = Single(document);
        Assert.Equal(new DateOnly(2014, 9, 1), date.Value);
        Assert.Equal(new DateOnly(2014, 12, 31), date.EndValue);
        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Equal("late last year", SpanText(document, date));
    }

    [Fact]
    public void ThisYearEndsAtPublicationForPastEvents()
    {
        EventDate date = Single("But this year IS militants have escalated operations");
        Assert.Equal(new DateOnly(2015, 1, 1), date.Value);
        Assert.Equal(Published, date.EndValue);
        Assert.Equal(DatePrecision.Year, date.Precision);
    }

    [Fact]
    public void DeicticAndPeriodWords()
    {
        Assert.Equal(new DateOnly(2015, 2, 17), Single("gunmen attacked yesterday").Value);
        Assert.Equal(new DateOnly(2015, 2, 17), Single("gunmen attacked last night").Value);

        EventDate earlier = Single("gunmen attacked earlier this month");
        Assert.Equal(new DateOnly(2015, 2, 1), earlier.Value);
        Assert.Equal(new DateOnly(2015, 2, 17), earlier.EndValue);
        Assert.Equal(DatePrecision.Month, earlier.Precision);

        EventDate lastWeek = Single("gunmen attacked last week");
        Assert.Equal(new DateOnly(2015, 2, 9), lastWeek.Value);
        Assert.Equal(new DateOnly(2015, 2, 15), lastWeek.EndValue);
        Assert.Equal(DatePrecision.Week, lastWeek.Precision);
    }

    [Fact]
    public void MidMonthAsOneTokenOrThree()
    {
        foreach (string sentence in new[] { "gunmen attacked in mid-January", "gunmen attacked in mid - January" })
        {
            EventDate date = Single(sentence);
            Assert.Equal(new DateOnly(2015, 1, 11), date.Value);
            Assert.Equal(new DateOnly(2015, 1, 20), date.EndValue);
            Assert.Equal(DatePrecision.Month, date.Precision);
        }
    }

    [Fact]
    public void ModalMayAndNonDatesAreIgnored()
    {
        Document document = ParsedText.Build(
            "Militants|NOUN|3|nsubj may|AUX|may|3|aux attack|VERB|VB|attack|0|root again|ADV|3|advmod");
        Assert.Empty(TimeExpressionFinder.Find(document, 0, Published));
        Assert.Empty(TimeExpressionFinder.Find(ParsedText.Flat("a 21-year-old man and 2014 others"), 0, Published));
        Assert.Empty(TimeExpressionFinder.Find(ParsedText.Flat("they fought for two weeks"), 0, Published));
    }

    [Fact]
    public void FindsSeveralInOrderWithAttachments()
    {
        Document document = ParsedText.Build(ArticleSentences.Hostages);
        IReadOnlyList<TimeExpression> found = TimeExpressionFinder.Find(document, 0, Published);
        TimeExpression ago = Assert.Single(found);
        Assert.Equal("ago", document.Token(ago.AttachToken).Text);
        Assert.Equal(new DateOnly(2015, 2, 4), ago.Date.Value);
    }

    [Fact]
    public void HugeAmountsAreNotDates()
    {
        Assert.Empty(TimeExpressionFinder.Find(ParsedText.Flat("built 3000 years ago"), 0, Published));
        Assert.Equal(new DateOnly(1515, 2, 18), Single("built 500 years ago").Value);
    }
}

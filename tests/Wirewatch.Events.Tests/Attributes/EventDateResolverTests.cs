using Wirewatch.Core.Documents;
using Wirewatch.Events.Attributes;
using Xunit;

namespace Wirewatch.Events.Tests.Attributes;

public sealed class EventDateResolverTests
{
    private static readonly DateOnly Published = new(2015, 2, 18);

    [Theory]
    [InlineData("assault")]
    [InlineData("killing")]
    [InlineData("claimed")]
    public void CorinthiaAttackIsLastMonth(string trigger)
    {
        Document document = ParsedText.Build(ArticleSentences.Corinthia);
        EventDate date = EventDateResolver.Resolve(document, ParsedText.TokenOf(document, trigger), Published);
        Assert.Equal(new DateOnly(2015, 1, 1), date.Value);
        Assert.Equal(new DateOnly(2015, 1, 31), date.EndValue);
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(DateBasis.RelativeToPublication, date.Basis);
        Assert.Equal("Last month", ParsedText.Span(document, date.Start, date.End));
    }

    [Fact]
    public void HostagesMovedAboutTwoWeeksAgo()
    {
        Document document = ParsedText.Build(ArticleSentences.Hostages);
        EventDate date = EventDateResolver.Resolve(document, ParsedText.TokenOf(document, "transported"), Published);
        Assert.Equal(new DateOnly(2015, 2, 4), date.Value);
        Assert.Equal(DatePrecision.Week, date.Precision);
        Assert.Contains("attached to the trigger", date.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDateFallsBackToPublicationAtWeekPrecision()
    {
        Document document = ParsedText.Build(ArticleSentences.SomeVictims);
        EventDate date = EventDateResolver.Resolve(document, ParsedText.TokenOf(document, "beheaded"), Published);
        Assert.Equal(Published, date.Value);
        Assert.Equal(DateBasis.PublicationFallback, date.Basis);
        Assert.Equal(DatePrecision.Week, date.Precision);
        Assert.Equal((-1, -1), (date.Start, date.End));
        Assert.Equal("no date in the sentence; before publication", date.Reason);
    }

    [Fact]
    public void AttachedExpressionBeatsTheReportDate()
    {
        // "On Sunday , police said militants attacked the town on Friday ."
        Document document = ParsedText.Build(
            "On|ADP|2|case Sunday|PROPN|5|obl ,|PUNCT|2|punct police|NOUN|5|nsubj said|VERB|say|0|root militants|NOUN|7|nsubj attacked|VERB|attack|5|ccomp the|DET|9|det town|NOUN|7|obj on|ADP|11|case Friday|PROPN|7|obl .|PUNCT|5|punct");
        EventDate attack = EventDateResolver.Resolve(document, ParsedText.TokenOf(document, "attacked"), Published);
        Assert.Equal(new DateOnly(2015, 2, 13), attack.Value);
        EventDate report = EventDateResolver.Resolve(document, ParsedText.TokenOf(document, "said"), Published);
        Assert.Equal(new DateOnly(2015, 2, 15), report.Value);
    }

    [Fact]
    public void ReportDateCoversAnUndatedReportedEvent()
    {
        Document document = ParsedText.Build(ArticleSentences.Rodriguez);
        EventDate date = EventDateResolver.Resolve(document, ParsedText.TokenOf(document, "camps"), Published);
        Assert.Equal(new DateOnly(2014, 12, 1), date.Value);
        Assert.Contains("governing", date.Reason, StringComparison.Ordinal);
    }
}

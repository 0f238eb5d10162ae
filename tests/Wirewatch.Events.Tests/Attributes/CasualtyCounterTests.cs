using Wirewatch.Core.Documents;
using Wirewatch.Events.Attributes;
using Xunit;

namespace Wirewatch.Events.Tests.Attributes;

public sealed class CasualtyCounterTests
{
    private static EventCounts Count(Document document, string trigger) =>
        CasualtyCounter.Count(document, ParsedText.TokenOf(document, trigger));

    private static string SpanText(Document document, EventCount count) => ParsedText.Span(document, count.Start, count.End);

    [Fact]
    public void KillingNinePeopleTiedToTheClaimedAssault()
    {
        Document document = ParsedText.Build(ArticleSentences.Corinthia);
        foreach (string trigger in new[] { "assault", "killing" })
        {
            EventCount killed = Assert.IsType<EventCount>(Count(document, trigger).Killed);
            Assert.Equal(9, killed.Value);
            Assert.Equal("nine", SpanText(document, killed));
        }
    }

    [Fact]
    public void ExecutionOfTwentyOneChristians()
    {
        Document document = ParsedText.Build(ArticleSentences.Execution);
        EventCounts counts = Count(document, "execution");
        Assert.Equal(21, counts.Killed?.Value);
        Assert.Null(counts.Injured);
        Assert.Null(counts.Abducted);
    }

    [Fact]
    public void SomeVictimsIsUnknownWithASpan()
    {
        Document document = ParsedText.Build(ArticleSentences.SomeVictims);
        EventCount killed = Assert.IsType<EventCount>(Count(document, "beheaded").Killed);
        Assert.Null(killed.Value);
        Assert.Equal("Some", SpanText(document, killed));
    }

    [Fact]
    public void AtLeastIsAFloor()
    {
        Document document = ParsedText.Build(
            "At|ADV|2|advmod least|ADV|3|advmod 12|NUM|4|nummod people|NOUN|6|nsubj:pass were|AUX|be|6|aux:pass killed|VERB|VBN|kill|0|root");
        EventCount killed = Assert.IsType<EventCount>(Count(document, "killed").Killed);
        Assert.Equal(12, killed.Value);
        Assert.Equal(12, killed.Min);
        Assert.Null(killed.Max);
        Assert.Equal("At least 12", SpanText(document, killed));
    }

    [Fact]
    public void RangeTakesTheLowestFigure()
    {
        Document document = ParsedText.Build(
            "between|ADP|2|advmod 10|NUM|6|nsubj:pass and|CCONJ|4|cc 15|NUM|2|conj were|AUX|be|6|aux:pass wounded|VERB|VBN|wound|0|root");
        EventCount injured = Assert.IsType<EventCount>(Count(document, "wounded").Injured);
        Assert.Equal(10, injured.Value);
        Assert.Equal(10, injured.Min);
        Assert.Equal(15, injured.Max);
        Assert.Equal("between 10 and 15", SpanText(document, injured));
    }

    [Fact]
    public void UpToIsACeilingCodedAsTheStatedFigure()
    {
        Document document = ParsedText.Build(
            "up|ADP|3|advmod to|ADP|1|fixed 30|NUM|4|nummod people|NOUN|6|nsubj:pass were|AUX|be|6|aux:pass kidnapped|VERB|VBN|kidnap|0|root");
        EventCount abducted = Assert.IsType<EventCount>(Count(document, "kidnapped").Abducted);
        Assert.Equal(30, abducted.Value);
        Assert.Equal(30, abducted.Max);
        Assert.Null(abducted.Min);
        Assert.Contains("ceiling", abducted.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dozens", 12)]
    [InlineData("hundreds", 100)]
    [InlineData("tens", 10)]
    [InlineData("scores", 20)]
    public void VaguePluralsFollowAcled(string word, int expected)
    {
        Document document = ParsedText.Build(
            $"Police|NOUN|2|nsubj arrested|VERB|arrest|0|root {word}|NOUN|2|obj of|ADP|5|case protesters|NOUN|3|nmod");
        EventCount arrested = Assert.IsType<EventCount>(Count(document, "arrested").Arrested);
        Assert.Equal(expected, arrested.Value);
        Assert.Equal(word, SpanText(document, arrested));
    }

    [Fact]
    public void ACoupleOfHundredIsTwoHundred()
    {
        Document document = ParsedText.Build(
            "Police|NOUN|2|nsubj detained|VERB|detain|0|root a|DET|4|det couple|NOUN|7|nmod:unmarked of|ADP|6|case hundred|NUM|7|nummod militants|NOUN|2|obj");
        EventCount arrested = Assert.IsType<EventCount>(Count(document, "detained").Arrested);
        Assert.Equal(200, arrested.Value);
        Assert.Equal("a couple of hundred", SpanText(document, arrested));
    }

    [Theory]
    [InlineData("twenty-one|NUM|3|nummod", 21)]
    [InlineData("twenty|NUM|3|nummod -|PUNCT|1|punct one|NUM|1|conj", 21)]
    [InlineData("1,200|NUM|3|nummod", 1200)]
    [InlineData("a|DET|3|det dozen|NUM|3|nummod", 12)]
    [InlineData("tens|NOUN|3|nummod of|ADP|1|case thousands|NOUN|3|nummod", 10000)]
    public void NumbersInDigitsAndWords(string numberTokens, int expected)
    {
        // "Gunmen killed <number> villagers": heads are given relative to a three-token prefix.
        string[] parts = numberTokens.Split(' ');
        int n = parts.Length;
        var tokens = new List<string> { "Gunmen|NOUN|2|nsubj", "killed|VERB|kill|0|root" };
        foreach (string part in parts)
        {
            string[] f = part.Split('|');
            int head = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            int absolute = f[3] == "nummod" || f[3] == "det" ? 3 + n : head + 2;
            tokens.Add($"{f[0]}|{f[1]}|{absolute}|{f[3]}");
        }

        tokens.Add("villagers|NOUN|2|obj");
        Document document = ParsedText.Build(string.Join(' ', tokens));
        EventCount killed = Assert.IsType<EventCount>(Count(document, "killed").Killed);
        Assert.Equal(expected, killed.Value);
    }

    [Fact]
    public void AgesAreNotCounts()
    {
        // "Gunmen killed a 21-year-old student"
        Document document = ParsedText.Build(
            "Gunmen|NOUN|2|nsubj killed|VERB|kill|0|root a|DET|5|det 21-year-old|ADJ|5|amod student|NOUN|2|obj");
        EventCount killed = Assert.IsType<EventCount>(Count(document, "killed").Killed);
        Assert.Equal(1, killed.Value);
        Assert.Equal("student", SpanText(document, killed));
    }

    [Fact]
    public void CoordinatedVictimGroupsAreSummed()
    {
        Document document = ParsedText.Build(
            "Militants|NOUN|2|nsubj killed|VERB|kill|0|root five|NUM|4|nummod soldiers|NOUN|2|obj and|CCONJ|7|cc three|NUM|7|nummod civilians|NOUN|4|conj");
        Assert.Equal(8, Count(document, "killed").Killed?.Value);
    }

    [Fact]
    public void KilledAndWoundedInOneClause()
    {
        // "The bomb killed 5 and wounded 12"
        Document document = ParsedText.Build(
            "The|DET|2|det bomb|NOUN|3|nsubj killed|VERB|kill|0|root 5|NUM|3|obj and|CCONJ|6|cc wounded|VERB|wound|3|conj 12|NUM|6|obj");
        EventCounts counts = Count(document, "killed");
        Assert.Equal(5, counts.Killed?.Value);
        Assert.Equal(12, counts.Injured?.Value);
    }

    [Fact]
    public void HostagesAreAbductedAndTalksAreNotArrests()
    {
        Document hostages = ParsedText.Build(
            "IS|PROPN|2|nsubj held|VERB|hold|0|root 12|NUM|4|nummod hostages|NOUN|hostage|2|obj");
        EventCounts counts = Count(hostages, "held");
        Assert.Equal(12, counts.Abducted?.Value);
        Assert.Null(counts.Arrested);

        Document talks = ParsedText.Build("Leaders|NOUN|2|nsubj held|VERB|hold|0|root talks|NOUN|talk|2|obj");
        Assert.Same(EventCounts.None, Count(talks, "held"));
    }

    [Fact]
    public void DeathTollAndDiedSubject()
    {
        Document toll = ParsedText.Build(
            "The|DET|3|det death|NOUN|3|compound toll|NOUN|4|nsubj rose|VERB|rise|0|root to|ADP|6|case 30|NUM|4|obl");
        Assert.Equal(30, Count(toll, "rose").Killed?.Value);

        Document died = ParsedText.Build(
            "the|DET|3|det U.S.|PROPN|3|compound ambassador|NOUN|4|nsubj died|VERB|die|0|root");
        EventCount killed = Assert.IsType<EventCount>(Count(died, "died").Killed);
        Assert.Equal(1, killed.Value);
    }

    [Fact]
    public void FarAwayCasualtyWordsAreNotTied()
    {
        // "Militants who killed 12 people last year attacked a town": the relative clause describes the actor.
        Document document = ParsedText.Build(
            "Militants|NOUN|8|nsubj who|PRON|3|nsubj killed|VERB|kill|1|acl:relcl 12|NUM|5|nummod people|NOUN|3|obj last|ADJ|7|amod year|NOUN|3|obl:unmarked attacked|VERB|attack|0|root a|DET|10|det town|NOUN|8|obj");
        Assert.Same(EventCounts.None, Count(document, "attacked"));
        Assert.Equal(12, Count(document, "killed").Killed?.Value);
    }

    [Fact]
    public void YearsAndMoneyAreNotPeople()
    {
        Document document = ParsedText.Build(
            "Militants|NOUN|2|nsubj killed|VERB|kill|0|root 3|NUM|4|nummod years|NOUN|2|obl ago|ADV|2|advmod");
        Assert.Same(EventCounts.None, Count(document, "killed"));
    }

    [Fact]
    public void RelativeClauseVictimsWithoutAFigureAreUnknown()
    {
        // "jihadists who have died": stated deaths, no figure.
        Document document = ParsedText.Build(ArticleSentences.DeathNotices);
        EventCount killed = Assert.IsType<EventCount>(Count(document, "died").Killed);
        Assert.Null(killed.Value);
        Assert.Equal("jihadists", SpanText(document, killed));
    }

    [Fact]
    public void DiedInARelativeClauseOfTheAttackCountsTheOneVictim()
    {
        // "an attack on the U.S. consulate in Benghazi where the U.S. ambassador died"
        Document document = ParsedText.Build(ArticleSentences.Benghazi);
        EventCount killed = Assert.IsType<EventCount>(Count(document, "attack").Killed);
        Assert.Equal(1, killed.Value);
        Assert.Equal("ambassador", SpanText(document, killed));
    }

    [Fact]
    public void CaptiveRoundedUpAndBodies()
    {
        // "Gunmen took 7 workers captive"
        Document captive = ParsedText.Build(
            "Gunmen|NOUN|2|nsubj took|VERB|take|0|root 7|NUM|4|nummod workers|NOUN|2|obj captive|ADJ|captive|2|xcomp");
        Assert.Equal(7, Count(captive, "took").Abducted?.Value);

        // "Police rounded up more than 20 protesters"
        Document rounded = ParsedText.Build(
            "Police|NOUN|2|nsubj rounded|VERB|round|0|root up|ADP|2|compound:prt more|ADJ|6|advmod than|ADP|4|fixed 20|NUM|7|nummod protesters|NOUN|2|obj");
        EventCount arrested = Assert.IsType<EventCount>(Count(rounded, "rounded").Arrested);
        Assert.Equal(20, arrested.Value);
        Assert.Equal(20, arrested.Min);
        Assert.Equal("more than 20", SpanText(rounded, arrested));

        // "Residents found 15 bodies" / "Residents found bodies"
        Document bodies = ParsedText.Build(
            "Residents|NOUN|2|nsubj found|VERB|find|0|root 15|NUM|4|nummod bodies|NOUN|body|2|obj");
        Assert.Equal(15, Count(bodies, "found").Killed?.Value);
        Document noFigure = ParsedText.Build(
            "Residents|NOUN|2|nsubj found|VERB|find|0|root bodies|NOUN|body|2|obj");
        Assert.Same(EventCounts.None, Count(noFigure, "found"));
    }
}

using Wirewatch.Core.Errors;
using Wirewatch.Eval.Regression;

namespace Wirewatch.Eval.Tests.Regression;

public class PetrarchRecordTests
{
    private const string Xml = """
        <Validation>
        <!-- header -->
        <Sentences>
        <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
        <!-- two codings -->
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
        <EventCoding sourcecode="GON" targetcode="ARN" eventcode="1712"></EventCoding>
        <Text>
        Arnor will restore ties
        with Gondor.
        </Text>
        <Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
        </Sentence>
        <Sentence date="19950102" id="DEMO-02" category="DEMO" sentence="true">
        <EventCoding noevents = "True"></EventCoding>
        <Text>Nothing happened.</Text>
        </Sentence>
        <Sentence date="bad" id="ERR-01" category="ERROR" sentence="true">
        <EventCoding error="storydiscard"></EventCoding>
        <Text>Sports results.</Text>
        </Sentence>
        <Sentence date="19950103" id="VERB-01" category="VERB" sentence="true">
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="903"></EventCoding>
        <Text>Arnor did something private.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    // A stand-in for the CAMEO→PLOVER map: two-digit roots only, 9xx unknown.
    private static string? ToPlover(string code) => code[..2] switch
    {
        "06" => "COOPERATE",
        "17" => "COERCE",
        _ => null,
    };

    [Fact]
    public void ReaderReadsCodingsFlagsDatesAndJoinsTextLines()
    {
        var records = PetrarchRecordReader.Parse(Xml, "sample");

        Assert.Equal(4, records.Count);
        var demo = records[0];
        Assert.Equal("DEMO-01", demo.Id);
        Assert.Equal("DEMO", demo.Category);
        Assert.Equal(new DateOnly(1995, 1, 1), demo.Date);
        Assert.Equal("Arnor will restore ties with Gondor.", demo.Text);
        Assert.Equal([new PetrarchCoding("ARN", "GON", "064"), new PetrarchCoding("GON", "ARN", "1712")], demo.Codings);
        Assert.False(demo.NoEvents);

        Assert.Empty(records[1].Codings);
        Assert.True(records[1].NoEvents);
        Assert.Equal("storydiscard", records[2].Error);
        Assert.Null(records[2].Date);
        Assert.Equal("903", Assert.Single(records[3].Codings).EventCode);
    }

    [Fact]
    public void ReaderRejectsBrokenXml()
    {
        Assert.Throws<InputRejectedException>(() => PetrarchRecordReader.Parse("<Sentences><Sentence>", "bad"));
        Assert.Throws<InputRejectedException>(() => PetrarchRecordReader.Parse("<S><Sentence id=\"a\"/></S>", "bad"));
    }

    [Fact]
    public void EachGoldCodingGetsATypeAndARootCheck()
    {
        var demo = PetrarchRecordReader.Parse(Xml, "sample")[0];
        var outcome = PetrarchRecordMatcher.Match(demo, [
            new PredictedEvent("COOPERATE", "061", []),
            new PredictedEvent("ASSAULT", "173", []),
        ], ToPlover);

        Assert.False(outcome.GoldNone);
        Assert.False(outcome.PredictedNone);
        Assert.Equal(
            [new PetrarchCodingOutcome("064", "COOPERATE", true, true), new PetrarchCodingOutcome("1712", "COERCE", false, true)],
            outcome.Codings);
    }

    [Fact]
    public void UnmappedCodesHaveNoTypeAndNoEventRecordsCheckForSilence()
    {
        var records = PetrarchRecordReader.Parse(Xml, "sample");
        var verb = PetrarchRecordMatcher.Match(records[3], [new PredictedEvent("COOPERATE", null, [])], ToPlover);
        Assert.Equal(new PetrarchCodingOutcome("903", null, false, false), Assert.Single(verb.Codings));

        var quiet = PetrarchRecordMatcher.Match(records[1], [], ToPlover);
        Assert.True(quiet.GoldNone);
        Assert.True(quiet.PredictedNone);
        Assert.False(PetrarchRecordMatcher.Match(records[2], [new PredictedEvent("AGREE", "030", [])], ToPlover).PredictedNone);
    }

    [Fact]
    public void RootsCompareTheFirstTwoDigits()
    {
        Assert.True(PetrarchRecordMatcher.SameRoot("0412", "041"));
        Assert.False(PetrarchRecordMatcher.SameRoot("051", "041"));
        Assert.False(PetrarchRecordMatcher.SameRoot(null, "041"));
        Assert.False(PetrarchRecordMatcher.SameRoot("0", "041"));
    }

    [Fact]
    public void CameoCodesHaveRootsFromOneToTwenty()
    {
        Assert.True(PetrarchRecordMatcher.IsCameo("023"));
        Assert.True(PetrarchRecordMatcher.IsCameo("1712"));
        Assert.True(PetrarchRecordMatcher.IsCameo("204"));
        Assert.False(PetrarchRecordMatcher.IsCameo("903"));
        Assert.False(PetrarchRecordMatcher.IsCameo("802"));
        Assert.False(PetrarchRecordMatcher.IsCameo("00"));
        Assert.False(PetrarchRecordMatcher.IsCameo("0a1"));
        Assert.False(PetrarchRecordMatcher.IsCameo("1"));
    }

    [Fact]
    public void TallyCountsByGroupAndOverall()
    {
        var tally = new PassRateTally();
        tally.Add("VERB", "type", true);
        tally.Add("DEMO", "type", false);
        tally.Add("DEMO", "type", true);
        tally.Add("DEMO", "none", true);

        Assert.Equal(["DEMO", "VERB"], tally.Groups);
        Assert.Equal(new PassRate(1, 2), tally.Get("DEMO", "type"));
        Assert.Equal(new PassRate(2, 3), tally.Overall("type"));
        Assert.Equal(new PassRate(1, 1), tally.Overall("none"));
        Assert.Equal(default, tally.Get("VERB", "none"));
        Assert.Equal(default, tally.Get("MISSING", "type"));
        Assert.Equal(0.5, tally.Get("DEMO", "type").Rate);
        Assert.Equal(0, default(PassRate).Rate);
    }
}

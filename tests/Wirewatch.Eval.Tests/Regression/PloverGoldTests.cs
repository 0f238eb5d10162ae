using Wirewatch.Core.Errors;
using Wirewatch.Eval.Regression;

namespace Wirewatch.Eval.Tests.Regression;

public class PloverGoldTests
{
    private static readonly string[] Lines =
    [
        """{"id": "X-DOCUMENT-1", "event": "DOCUMENT", "eventText": "notes"}""",
        """{"id": "X-AGREE-1", "date": "2000-01-01", "source": [{"actorText": "Freedonian", "code": "FRE", "sector": "GOV"}, {"actorText": "Sylvanian", "code": "SYL"}], "target": [{"actorText": "rebels", "code": "REB"}], "event": "AGREE", "text": "Freedonian and Sylvanian officials agreed to talk."}""",
        "",
        """{"id": "X-DEMAND-1", "date": "2000-02-03", "source": [{"actorText": "Prime Minister", "code": "FRE"}], "target": "nobody", "event": "DEMAND", "text": "The Prime Minister demanded an apology."}""",
        """{"id": "X-ASSAULT-1", "event": "ASSAULT", "text": "Gunmen attacked a village."}""",
    ];

    [Fact]
    public void ReaderSkipsDocumentRecordsAndReadsActors()
    {
        var records = PloverGoldReader.Parse(Lines, "sample");

        Assert.Equal(["X-AGREE-1", "X-DEMAND-1", "X-ASSAULT-1"], records.Select(r => r.Id));
        var agree = records[0];
        Assert.Equal(new DateOnly(2000, 1, 1), agree.Date);
        Assert.Equal("AGREE", agree.Type);
        Assert.Equal(2, agree.Sources.Count);
        Assert.Equal(new PloverGoldActor("Freedonian", "FRE", "GOV"), agree.Sources[0]);
        Assert.Null(agree.Sources[1].Sector);
        Assert.Equal("REB", Assert.Single(agree.Targets).Code);
        Assert.Equal("nobody", Assert.Single(records[1].Targets).Text);
        Assert.Null(records[2].Date);
        Assert.Empty(records[2].Sources);
    }

    [Fact]
    public void ReaderRejectsBadJsonAndBadDates()
    {
        var bad = Assert.Throws<InputRejectedException>(() => PloverGoldReader.Parse(["{not json"], "bad"));
        Assert.Contains("line 1", bad.Message, StringComparison.Ordinal);
        Assert.Throws<InputRejectedException>(() => PloverGoldReader.Parse([
            """{"event": "AGREE", "date": "01/01/2000", "text": "x"}"""], "bad"));
    }

    [Fact]
    public void TypePassNeedsTheGoldTypeAndActorPassAMatchingActorOfThatType()
    {
        var gold = PloverGoldReader.Parse(Lines, "sample")[0];
        var officials = new PredictedActor("Freedonian and Sylvanian officials", null, null);
        var byCountry = new PredictedActor("the delegation", "Delegation", "SYL");
        var other = new PredictedActor("the rebels", "Rebels", "REB");

        Assert.Equal(new PloverOutcome(false, false, true), PloverGoldMatcher.Match(gold, []));
        Assert.Equal(new PloverOutcome(false, false, false), PloverGoldMatcher.Match(gold, [new PredictedEvent("CONSULT", "040", [officials])]));
        Assert.Equal(new PloverOutcome(true, false, false), PloverGoldMatcher.Match(gold, [new PredictedEvent("AGREE", "030", [other])]));
        Assert.Equal(new PloverOutcome(true, true, false), PloverGoldMatcher.Match(gold, [new PredictedEvent("AGREE", "030", [officials])]));
        Assert.Equal(new PloverOutcome(true, true, false), PloverGoldMatcher.Match(gold, [new PredictedEvent("AGREE", null, [byCountry])]));

        // The right actor on an event of another type does not count.
        Assert.Equal(new PloverOutcome(true, false, false), PloverGoldMatcher.Match(gold, [
            new PredictedEvent("CONSULT", "040", [officials]),
            new PredictedEvent("AGREE", "030", [other])]));
    }

    [Fact]
    public void ActorTextMatchIsCaseInsensitiveAndUsesTheCanonicalName()
    {
        PloverGoldActor[] sources = [new("Prime Minister", "FRE", null)];
        Assert.True(PloverGoldMatcher.MatchesAnySource(new PredictedActor("the prime minister", null, null), sources));
        Assert.True(PloverGoldMatcher.MatchesAnySource(new PredictedActor("he", "Freedonian Prime Minister", null), sources));
        Assert.True(PloverGoldMatcher.MatchesAnySource(new PredictedActor("he", null, "fre"), sources));
        Assert.False(PloverGoldMatcher.MatchesAnySource(new PredictedActor("minister", null, "SYL"), sources));
    }

    [Fact]
    public void OldGoldTypesAreComparedUnderTheirCurrentNames()
    {
        Assert.Equal("REQUEST", PloverTypeRenames.Current("DEMAND"));
        Assert.Equal("ACCUSE", PloverTypeRenames.Current("DISAPPROVE"));
        Assert.Equal("ACCUSE", PloverTypeRenames.Current("INVESTIGATE"));
        Assert.Equal("ASSAULT", PloverTypeRenames.Current("FIGHT"));
        Assert.Equal("AGREE", PloverTypeRenames.Current("AGREE"));

        var demand = PloverGoldReader.Parse(Lines, "sample")[1];
        Assert.True(PloverGoldMatcher.Match(demand, [new PredictedEvent("REQUEST", "100", [])]).TypePass);
        Assert.False(PloverGoldMatcher.Match(demand, [new PredictedEvent("DEMAND", "100", [])]).TypePass);
    }
}

using Wirewatch.Core.Documents;
using Wirewatch.Entities;
using Wirewatch.Events.Attributes;
using Wirewatch.Events.Merging;
using Xunit;

namespace Wirewatch.Events.Tests.Merging;

public sealed class EventMergerTests
{
    private static readonly DateOnly Published = new(2015, 2, 18);

    private static CodedEvent Event(string type, int sentence, string[] actors, string[] recipients, int? killed = null) => new()
    {
        Type = type,
        Actors = [.. actors.Select(a => new EventParticipant(a, 0, a.Length, null, null, null, null))],
        Recipients = [.. recipients.Select(r => new EventParticipant(r, 0, r.Length, null, null, null, null))],
        Counts = killed is int k ? new EventCounts(new EventCount(k, k, k, 0, 1, "test"), null, null, null) : EventCounts.None,
        Trigger = new TextSpan(sentence * 10, (sentence * 10) + 5),
        Evidence = [new TextSpan(sentence * 10, (sentence * 10) + 5)],
        Reason = "test",
        Sentence = sentence,
        TriggerToken = sentence * 10,
    };

    [Fact]
    public void TwoMentionsOfTheSameTargetMergeAndKeepAllEvidence()
    {
        var a = Event("ASSAULT", 3, ["IS militants"], ["the Tripoli Corinthia hotel"], killed: 9);
        var b = Event("ASSAULT", 9, [], ["the Corinthia"]);
        Assert.True(EventMerger.Fits(a, b, null));
        var merged = EventMerger.Combine(a, b);
        Assert.Equal(2, merged.Mentions);
        Assert.Equal(2, merged.Evidence.Count);
        Assert.Equal(9, merged.Counts.Killed?.Value);
    }

    [Fact]
    public void DifferentTypesOrDifferentCountsDoNotMerge()
    {
        var a = Event("ASSAULT", 1, ["militants"], ["21 Egyptian Christians"], killed: 21);
        Assert.False(EventMerger.Fits(a, Event("ACCUSE", 2, ["militants"], ["Christians"]), null));
        Assert.False(EventMerger.Fits(a, Event("ASSAULT", 2, ["militants"], ["Christians"], killed: 3), null));
        Assert.True(EventMerger.Fits(a, Event("ASSAULT", 5, ["Islamic State militants"], ["Christian civilians"]), null));
    }

    [Fact]
    public void UnrelatedEventsStaySeparate()
    {
        var a = Event("ASSAULT", 1, ["Egyptian jets"], ["suspected militant sites"]);
        var b = Event("ASSAULT", 4, ["gunmen"], ["the oilfield"]);
        Assert.False(EventMerger.Fits(a, b, null));
    }

    [Fact]
    public void FollowUpSentenceWithoutActorJoinsThePreviousEvent()
    {
        var a = Event("ASSAULT", 4, ["Islamic State gunmen"], ["Libya's Al-Mabrook oilfield"]);
        var b = Event("ASSAULT", 5, [], ["Some victims"]);
        Assert.True(EventMerger.Fits(a, b, null));
        Assert.False(EventMerger.Fits(a, Event("ASSAULT", 7, [], ["Some victims"]), null));
    }

    [Fact]
    public void VictimsNamedOnlyByADeterminerJoinTheIncidentThatNamesThem()
    {
        var allusion = Event("ASSAULT", 0, [], ["their victims"]);
        var named = Event("ASSAULT", 2, ["militants"], ["21 Egyptian Christians"], killed: 21);
        Assert.True(EventMerger.Fits(allusion, named, null));
        var merged = EventMerger.Combine(allusion, named);
        Assert.Equal(2, merged.Sentence); // the mention that names the victims speaks for the event
        Assert.Equal(21, merged.Counts.Killed?.Value);
        Assert.Equal(2, merged.Mentions);

        Assert.False(EventMerger.Fits(allusion, Event("ASSAULT", 5, ["militants"], ["21 Egyptian Christians"]), null));
        Assert.False(EventMerger.Fits(Event("ASSAULT", 0, [], ["victims"]), named, null));
    }

    [Fact]
    public void CoderMergesTwoMentionsAcrossSentences()
    {
        var doc = CoderDocuments.Build(
            Published,
            [(0, 1, EntityLabel.ORG, "Islamic State", null, "REB"), (5, 1, EntityLabel.FAC, "Corinthia", "LBY", null), (11, 1, EntityLabel.FAC, "Corinthia", "LBY", null)],
            "IS/PROPN/IS/2/nsubj attacked/VERB/attack/0/root the/DET/the/6/det Tripoli/PROPN/Tripoli/6/compound Corinthia/PROPN/Corinthia/6/compound hotel/NOUN/hotel/2/obj",
            "Analysts/NOUN/analyst/2/nsubj recalled/VERB/recall/0/root the/DET/the/4/det attack/NOUN/attack/2/obj on/ADP/on/7/case the/DET/the/7/det Corinthia/PROPN/Corinthia/4/nmod");
        var e = Assert.Single(CoderDocuments.Coder.Code(doc));
        Assert.Equal(2, e.Mentions);
        Assert.Equal(2, e.Evidence.Count(s => doc.Text[s.Start..s.End] is "attacked" or "attack"));
    }
}

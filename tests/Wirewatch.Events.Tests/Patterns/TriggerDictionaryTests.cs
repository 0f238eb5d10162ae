using Wirewatch.Events.Patterns;
using Xunit;

namespace Wirewatch.Events.Tests.Patterns;

public sealed class TriggerDictionaryTests
{
    private static TriggerPattern Pattern(string lemma, string? type, bool curated, params TriggerCondition[] conditions) => new()
    {
        Lemma = lemma,
        Pos = TriggerPos.Verb,
        Type = type,
        Conditions = conditions,
        EventRelations = type is null ? ["obj"] : [],
        Curated = curated,
        Origin = curated ? "curated" : "imported",
    };

    [Fact]
    public void CuratedEntriesReplaceImportedOnesOfTheSameLemma()
    {
        var dictionary = new TriggerDictionary(
        [
            Pattern("attack", "ASSAULT", curated: true),
            Pattern("attack", "ACCUSE", curated: false),
            Pattern("slam", "ACCUSE", curated: false),
        ]);
        var attack = dictionary.Find("attack", TriggerPos.Verb);
        Assert.Equal(1, attack.Length);
        Assert.Equal("ASSAULT", attack[0].Type);
        Assert.Equal("ACCUSE", dictionary.Find("slam", TriggerPos.Verb)[0].Type);
        Assert.True(dictionary.Find("attack", TriggerPos.Noun).IsEmpty);
    }

    [Fact]
    public void PatternsWithConditionsComeFirst()
    {
        var dictionary = new TriggerDictionary(
        [
            Pattern("claim", null, curated: true),
            Pattern("claim", null, curated: true, new TriggerCondition("obj", ["responsibility"])),
        ]);
        var claim = dictionary.Find("claim".AsSpan(), TriggerPos.Verb);
        Assert.Single(claim[0].Conditions);
        Assert.Empty(claim[1].Conditions);
    }

    [Fact]
    public void CuratedFileReadsFramesConditionsAndRoles()
    {
        var patterns = TriggerDictionary.ReadFile(Path.Combine(CoderDocuments.DataFolder, "events", TriggerDictionary.CuratedFile), curated: true, CoderDocuments.Ontology);
        var claim = patterns.First(p => p.Lemma == "claim" && p.Conditions.Count == 1);
        Assert.True(claim.IsFrame);
        Assert.Equal("claimed", claim.Status);
        Assert.Contains("obl:for", claim.EventRelations);
        var airStrike = patterns.First(p => p.Lemma == "strike" && p.Pos == TriggerPos.Noun && p.Mode == "aerial");
        Assert.Equal("mod", airStrike.Conditions[0].Relation);
        Assert.Contains("air", airStrike.Conditions[0].Words);
        Assert.All(patterns, p => Assert.True(p.IsFrame || CoderDocuments.Ontology.IsType(p.Type!)));
    }
}

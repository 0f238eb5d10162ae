using Wirewatch.Eval.Acled;

namespace Wirewatch.Eval.Tests.Acled;

public sealed class AcledTests
{
    [Fact]
    public void Metrics_give_micro_as_accuracy_and_macro_over_labels_seen()
    {
        var gold = new Dictionary<string, string> { ["1"] = "ATTACK", ["2"] = "ATTACK", ["3"] = "ARREST", ["4"] = "PEACE_PROTEST" };
        var pred = new Dictionary<string, string> { ["1"] = "ATTACK", ["2"] = "ARMED_CLASH", ["3"] = "ARREST", ["4"] = "ATTACK" };
        var score = AcledMetrics.Score(gold, pred);
        Assert.Equal(50, score.MicroF1, 6);
        // ATTACK: P 1/2, R 1/2 -> 50; ARMED_CLASH 0; ARREST 100; PEACE_PROTEST 0 -> mean 37.5
        Assert.Equal(37.5, score.MacroF1, 6);
        var attack = score.PerLabel.Single(l => l.Label == "ATTACK");
        Assert.Equal((50.0, 50.0, 2, 2), (attack.Precision, attack.Recall, attack.Support, attack.Predicted));
    }

    [Fact]
    public void Keyword_rules_apply_in_order_with_prefixes_and_conjunctions()
    {
        var rules = AcledKeywordClassifier.Parse(
        [
            "# comment",
            "SUIC_BOMB\tsuicide bomb*",
            "PROTEST_WITH_INTER\tdisperse* & protest*",
            "PEACE_PROTEST\tprotest*",
            "REM_EXPLOS\tbomb* & explod*",
        ], "test");
        Assert.Equal("SUIC_BOMB", rules.Match("A suicide bomber killed five.")?.Label);
        Assert.Equal("PROTEST_WITH_INTER", rules.Match("Police dispersed the protesters.")?.Label);
        Assert.Equal("PEACE_PROTEST", rules.Match("Protesters marched.")?.Label);
        Assert.Equal("REM_EXPLOS", rules.Match("A car-bomb exploded.")?.Label);
        Assert.Null(rules.Match("The minister resigned."));
        Assert.Throws<Wirewatch.Core.Errors.InputRejectedException>(() => AcledKeywordClassifier.Parse(["NOT_A_LABEL\tx"], "test"));
    }

    [Fact]
    public void Tsv_skips_the_header_reads_snippets_and_takes_labels_from_the_last_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"acled-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllLines(path, ["id\tsnippet\tlabel", "a1\tPolice arrested two men.\tARREST", "a2\tRebels seized the town.\tNON_STATE_ACTOR_OVERTAKES_TER"]);
            var snippets = AcledTsv.ReadSnippets(path);
            Assert.Equal([new AcledSnippet("a1", "Police arrested two men."), new AcledSnippet("a2", "Rebels seized the town.")], snippets);
            Assert.Equal("ARREST", AcledTsv.ReadLabels(path)["a1"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Acled_sub_event_types_map_back_to_case_labels()
    {
        Assert.Equal("AIR_STRIKE", AcledCaseLabels.LabelOf("Air/drone strike"));
        Assert.Equal("ARREST", AcledCaseLabels.LabelOf("Arrests"));
        Assert.Null(AcledCaseLabels.LabelOf("Organized crime"));
        Assert.Equal(30, AcledCaseLabels.All.Count);
    }
}

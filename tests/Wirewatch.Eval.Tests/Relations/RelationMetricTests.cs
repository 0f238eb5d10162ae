using Wirewatch.Eval.Relations;

namespace Wirewatch.Eval.Tests.Relations;

public sealed class RelationMetricTests
{
    [Fact]
    public void A_prediction_matches_a_compatible_gold_type_in_either_direction()
    {
        var gold = new Dictionary<string, List<GoldRelation>>
        {
            ["d"] =
            [
                new GoldRelation("AlliesOf", 0, 13, 23, 26),      // The Coalition → SDF
                new GoldRelation("FightingAgainst", 30, 34, 40, 45),
                new GoldRelation("HasAttrOf", 50, 55, 60, 62),    // no predicate states it: not counted
            ],
        };
        var predicted = new Dictionary<string, List<PredictedRelation>>
        {
            ["d"] =
            [
                new PredictedRelation("backed-by", 19, 26, 0, 13), // SDF backed-by Coalition: reversed, compatible
                new PredictedRelation("member-of", 30, 34, 40, 45), // right spans, incompatible type
            ],
        };

        var score = RelationMetric.Score(gold, predicted);

        Assert.Equal(2, score.Predicted);
        Assert.Equal(1, score.Correct);
        Assert.Equal(2, score.Gold);
        Assert.Equal(1, score.Found);
        Assert.Equal((1, 1), score.ByPredicate["backed-by"]);
        Assert.Equal((1, 0), score.ByPredicate["member-of"]);
        Assert.Equal((1, 0), score.ByGoldType["FightingAgainst"]);
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
    }

    [Fact]
    public void Spans_must_overlap_and_documents_are_kept_apart()
    {
        var gold = new Dictionary<string, List<GoldRelation>> { ["a"] = [new GoldRelation("CoLocated", 0, 5, 9, 14)] };
        var predicted = new Dictionary<string, List<PredictedRelation>>
        {
            ["a"] = [new PredictedRelation("located-in", 0, 5, 15, 20)],
            ["b"] = [new PredictedRelation("located-in", 0, 5, 9, 14)],
        };

        var score = RelationMetric.Score(gold, predicted);

        Assert.Equal(0, score.Correct);
        Assert.Equal(0, score.Found);
        Assert.Equal(0, score.F1);
    }

    [Fact]
    public void Unknown_predicates_are_refused()
    {
        var predicted = new Dictionary<string, List<PredictedRelation>> { ["a"] = [new PredictedRelation("friend-of", 0, 1, 2, 3)] };

        Assert.Throws<ArgumentException>(() => RelationMetric.Score(new Dictionary<string, List<GoldRelation>>(), predicted));
    }
}

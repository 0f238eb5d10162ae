using System.Runtime.CompilerServices;
using Wirewatch.Eval.Muc4;

namespace Wirewatch.Eval.Tests.Muc4;

/// <summary>The C# MUC-4 metrics against figures printed by the reference scorer on the tiny files in Data/.</summary>
public sealed class Muc4ScorerTests
{
    private static string DataFile(string name, [CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Data", name);

    private static Dictionary<string, Muc4Extracts> Extracts(string file)
    {
        var result = new Dictionary<string, Muc4Extracts>(StringComparer.Ordinal);
        foreach (var (key, value) in Muc4Reader.ReadPredictions(DataFile(file)))
        {
            result[key] = value.Extracts ?? Muc4Extracts.Empty;
        }

        return result;
    }

    private static void AssertPrf(Muc4Prf actual, double p, double r, double f)
    {
        Assert.Equal(p, actual.Precision, 3);
        Assert.Equal(r, actual.Recall, 3);
        Assert.Equal(f, actual.F1, 3);
    }

    private static Muc4Prf Slot(Muc4Score score, string slot) => score.PerSlot.Single(kv => kv.Key == slot).Value;

    [Theory]
    [InlineData("The Guerrillas", "guerrillas")]
    [InlineData("\"santo tomas\" farm", "santo tomas farm")]
    [InlineData("f.m.l.n.", "fmln")]
    [InlineData("an urban commando", "urban commando")]
    [InlineData("them and their thesis", "them and their thesis")]
    [InlineData("a-the  bomb", "athe bomb")]
    [InlineData("the (a) bomb", "bomb")]
    [InlineData("  two   car-bombs ", "two carbombs")]
    public void Normalization_matches_the_reference(string mention, string expected) =>
        Assert.Equal(expected, Muc4TextNormalizer.Normalize(mention));

    [Theory]
    [InlineData("TST1-MUC3-0001", "10001")]
    [InlineData("TST2-MUC4-0100", "20100")]
    [InlineData("12345", "12345")]
    public void Document_keys_follow_grit_numbering(string docId, string key) => Assert.Equal(key, Muc4DocKey.Of(docId));

    [Fact]
    public void Max_assignment_finds_the_best_one_to_one_total()
    {
        var s = new double[,] { { 1, 0.9, 0 }, { 0.8, 0, 0 } };
        Assert.Equal(1.7, MaxAssignment.Total(s), 9);
        var square = new double[,] { { 0.5, 1 }, { 1, 0.5 } };
        Assert.Equal(2.0, MaxAssignment.Total(square), 9);
    }

    [Fact]
    public void Ceaf_ree_strict_agrees_with_the_reference()
    {
        var gold = Muc4Reader.ReadJsonl(DataFile("gold-grit.jsonl"));
        var score = CeafReeScorer.Score(gold, Extracts("pred-grit.json"), Muc4Similarity.Strict);
        AssertPrf(score.Micro, 53.8462, 63.6364, 58.3333);
        AssertPrf(Slot(score, "PerpInd"), 50, 100, 66.6667);
        AssertPrf(Slot(score, "PerpOrg"), 100, 100, 100);
        AssertPrf(Slot(score, "Target"), 33.3333, 50, 40);
        AssertPrf(Slot(score, "Victim"), 50, 50, 50);
        AssertPrf(Slot(score, "Weapon"), 100, 50, 66.6667);
    }

    [Fact]
    public void Ceaf_ree_proportional_agrees_with_the_reference()
    {
        var gold = Muc4Reader.ReadJsonl(DataFile("gold-grit.jsonl"));
        var score = CeafReeScorer.Score(gold, Extracts("pred-grit.json"), Muc4Similarity.Proportional);
        AssertPrf(score.Micro, 61.5385, 72.7273, 66.6667);
        AssertPrf(Slot(score, "PerpInd"), 50, 100, 66.6667);
        AssertPrf(Slot(score, "PerpOrg"), 50, 50, 50);
        AssertPrf(Slot(score, "Target"), 50, 75, 60);
        AssertPrf(Slot(score, "Victim"), 75, 75, 75);
        AssertPrf(Slot(score, "Weapon"), 100, 50, 66.6667);
    }

    [Fact]
    public void Empty_predictions_score_zero_and_missing_documents_are_rejected()
    {
        var gold = Muc4Reader.ReadJsonl(DataFile("gold-grit.jsonl"));
        var score = CeafReeScorer.Score(gold, Extracts("pred-empty.json"), Muc4Similarity.Strict);
        AssertPrf(score.Micro, 0, 0, 0);
        Assert.Equal(11, score.Micro.RecallDenominator);
        var partial = Extracts("pred-empty.json");
        partial.Remove("10001");
        Assert.Throws<Wirewatch.Core.Errors.InputRejectedException>(() => CeafReeScorer.Score(gold, partial, Muc4Similarity.Strict));
    }

    [Fact]
    public void Gold_as_prediction_scores_one_hundred()
    {
        var gold = Muc4Reader.ReadJsonl(DataFile("gold-grit.jsonl"));
        var predictions = gold.ToDictionary(d => Muc4DocKey.Of(d.DocId), d => d.Extracts!, StringComparer.Ordinal);
        AssertPrf(CeafReeScorer.Score(gold, predictions, Muc4Similarity.Strict).Micro, 100, 100, 100);
    }

    [Fact]
    public void Template_metric_agrees_with_the_reference()
    {
        var gold = Muc4Reader.ReadJsonl(DataFile("gold-gtt.jsonl"));
        var predictions = new Dictionary<string, IReadOnlyList<Muc4Template>>(StringComparer.Ordinal);
        foreach (var (key, value) in Muc4Reader.ReadPredictions(DataFile("pred-gtt.json")))
        {
            predictions[key] = value.Templates ?? [];
        }

        var score = TemplateScorer.Score(gold, predictions);
        AssertPrf(score.Micro, 58.3333, 63.6364, 60.8696);
        AssertPrf(Slot(score, "incident_type"), 75, 100, 85.7143);
        AssertPrf(Slot(score, "PerpInd"), 50, 33.3333, 40);
        AssertPrf(Slot(score, "PerpOrg"), 0, 0, 0);
        AssertPrf(Slot(score, "Target"), 33.3333, 50, 40);
        AssertPrf(Slot(score, "Victim"), 50, 50, 50);
        AssertPrf(Slot(score, "Weapon"), 100, 100, 100);
    }
}

using Wirewatch.Eval.Ner;

namespace Wirewatch.Eval.Tests.Ner;

public class ConllevalScorerTests
{
    private static NerScores Score(params (string Gold, string Guess)[] tokens)
    {
        var scorer = new ConllevalScorer();
        foreach (var (gold, guess) in tokens)
        {
            if (gold == "|")
            {
                scorer.EndSentence();
                continue;
            }

            scorer.Add(gold, guess);
        }

        scorer.EndSentence();
        return scorer.Result();
    }

    [Fact]
    public void Exact_chunks_count_and_boundary_errors_do_not()
    {
        var scores = Score(
            ("B-PER", "B-PER"), ("I-PER", "I-PER"), ("O", "O"),
            ("B-LOC", "B-LOC"), ("I-LOC", "O"), ("O", "O"),
            ("B-ORG", "B-ORG"), ("O", "I-ORG"));
        Assert.Equal(new ChunkCounts(1, 1, 1), scores.ByType["PER"]);
        Assert.Equal(new ChunkCounts(1, 1, 0), scores.ByType["LOC"]);
        Assert.Equal(new ChunkCounts(1, 1, 0), scores.ByType["ORG"]);
        Assert.Equal(3, scores.Overall.Gold);
        Assert.Equal(1, scores.Overall.Correct);
        Assert.Equal(100.0 / 3, scores.Overall.F1, 6);
    }

    [Fact]
    public void Wrong_type_is_an_error_and_iob1_meets_iob2()
    {
        var scores = Score(("I-ORG", "B-ORG"), ("I-ORG", "I-ORG"), ("O", "O"), ("I-PER", "B-LOC"));
        Assert.Equal(new ChunkCounts(1, 1, 1), scores.ByType["ORG"]);
        Assert.Equal(new ChunkCounts(1, 0, 0), scores.ByType["PER"]);
        Assert.Equal(new ChunkCounts(0, 1, 0), scores.ByType["LOC"]);
    }

    [Fact]
    public void Adjacent_chunks_and_sentence_breaks_are_chunk_ends()
    {
        // B-PER B-PER is two names; a chunk open at a sentence break ends there.
        var scores = Score(("B-PER", "B-PER"), ("B-PER", "I-PER"), ("|", "|"), ("I-LOC", "B-LOC"), ("|", "|"), ("I-LOC", "I-LOC"));
        Assert.Equal(new ChunkCounts(2, 1, 0), scores.ByType["PER"]);
        Assert.Equal(new ChunkCounts(2, 2, 2), scores.ByType["LOC"]);
    }

    [Fact]
    public void Per_org_loc_leaves_misc_out_and_json_is_one_line()
    {
        var scores = Score(("B-PER", "B-PER"), ("O", "B-MISC"));
        Assert.Equal(100, scores.Over(["PER", "ORG", "LOC"]).F1, 6);
        Assert.Equal(50, scores.Overall.Precision, 6);
        var json = scores.ToJson();
        Assert.DoesNotContain('\n', json);
        Assert.Contains("\"perOrgLocF1\":100", json, StringComparison.Ordinal);
    }
}

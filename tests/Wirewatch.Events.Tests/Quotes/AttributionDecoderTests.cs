using Wirewatch.Events.Quotes;

namespace Wirewatch.Events.Tests.Quotes;

public sealed class AttributionDecoderTests
{
    private const float Threshold = -5f;

    private static AttributionCandidate C(int cue, int first, int last) => new(cue, first, last, -1, AttributionCandidateKind.Ccomp);

    private static List<(float, AttributionCandidate)> Options(params (float Score, AttributionCandidate Candidate)[] options) => [.. options];

    [Fact]
    public void The_best_candidates_win_in_score_order_without_overlap()
    {
        // Cue 1 reads 2..9; cue 5 reads 6..9 but sits inside cue 1's content and has no other reading.
        var options = new List<List<(float Score, AttributionCandidate Candidate)>>
        {
            Options((4f, C(1, 2, 9))),
            Options((1f, C(5, 6, 9))),
        };

        var chosen = AttributionDecoder.Decode(options, Threshold, new bool[12]);

        var only = Assert.Single(chosen);
        Assert.Equal(C(1, 2, 9), only.Candidate);
    }

    [Fact]
    public void A_swallowed_attribution_gets_its_place_when_the_other_cue_has_a_shorter_reading_and_the_total_gains()
    {
        // "Critics argue [that A], [the president] has deemed [B]": argue's long reading 2..9 holds deemed (6) and its content.
        var options = new List<List<(float Score, AttributionCandidate Candidate)>>
        {
            Options((4f, C(1, 2, 9)), (3f, C(1, 2, 4))),
            Options((1f, C(6, 7, 9))),
        };

        var chosen = AttributionDecoder.Decode(options, Threshold, new bool[12]);

        Assert.Equal([C(1, 2, 4), C(6, 7, 9)], chosen.Select(c => c.Candidate));
    }

    [Fact]
    public void No_swap_when_the_pair_scores_less_than_the_long_reading()
    {
        // 4 - (-5) = 9 for the long reading against (-4.5 + 5) + (-4 + 5) = 1.5 for the pair.
        var options = new List<List<(float Score, AttributionCandidate Candidate)>>
        {
            Options((4f, C(1, 2, 9)), (-4.5f, C(1, 2, 4))),
            Options((-4f, C(6, 7, 9))),
        };

        var chosen = AttributionDecoder.Decode(options, Threshold, new bool[12]);

        Assert.Equal(C(1, 2, 9), Assert.Single(chosen).Candidate);
    }

    [Fact]
    public void A_cue_whose_best_content_is_taken_falls_back_to_a_reading_that_fits_and_the_rules_tokens_stay_theirs()
    {
        var taken = new bool[12];
        taken[9] = true;
        var options = new List<List<(float Score, AttributionCandidate Candidate)>>
        {
            Options((2f, C(1, 2, 9)), (1f, C(1, 2, 5))),
            Options((3f, C(0, 10, 11))),
        };

        var chosen = AttributionDecoder.Decode(options, Threshold, taken);

        Assert.Equal([C(0, 10, 11), C(1, 2, 5)], chosen.Select(c => c.Candidate));
    }
}

using Wirewatch.Core.Documents;
using Wirewatch.Eval.Tokenization;

namespace Wirewatch.Eval.Tests.Tokenization;

public class SpanScoreTests
{
    [Fact]
    public void Exact_spans_are_counted_once_each()
    {
        TextSpan[] gold = [new(0, 2), new(2, 5), new(6, 9)];
        TextSpan[] predicted = [new(0, 5), new(6, 9)];
        var score = SpanScore.Compare(predicted, gold);
        Assert.Equal(new SpanScore(2, 3, 1), score);
        Assert.Equal(0.5, score.Precision, 10);
        Assert.Equal(1.0 / 3, score.Recall, 10);
        Assert.Equal(0.4, score.F1, 10);
    }

    [Fact]
    public void A_repeated_gold_span_can_be_matched_only_once()
    {
        // "gonna" = going + to: both gold words carry the whole surface span.
        TextSpan[] gold = [new(0, 1), new(2, 7), new(2, 7)];
        TextSpan[] predicted = [new(0, 1), new(2, 7)];
        Assert.Equal(new SpanScore(2, 3, 2), SpanScore.Compare(predicted, gold));
    }

    [Fact]
    public void Scores_add_up_over_documents_and_empty_input_scores_zero()
    {
        var total = new SpanScore(10, 10, 9) + new SpanScore(5, 6, 5);
        Assert.Equal(new SpanScore(15, 16, 14), total);
        Assert.Equal(0, default(SpanScore).F1);
        Assert.Equal(1.0, SpanScore.Compare([new TextSpan(1, 2)], [new TextSpan(1, 2)]).F1);
    }
}

using Wirewatch.Core.Documents;

namespace Wirewatch.Eval.Tokenization;

/// <summary>Exact-match precision, recall and F1 over character spans, accumulated over documents.</summary>
public readonly record struct SpanScore(long Predicted, long Gold, long Matched)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Predicted + Gold == 0 ? 0 : 2.0 * Matched / (Predicted + Gold);

    public static SpanScore operator +(SpanScore left, SpanScore right) =>
        new(left.Predicted + right.Predicted, left.Gold + right.Gold, left.Matched + right.Matched);

    public static SpanScore Add(SpanScore left, SpanScore right) => left + right;

    /// <summary>
    /// Scores one document. Both lists must be sorted by start, then end. Gold may repeat a span (the
    /// words of an unsplittable multiword token); each predicted span matches at most one gold span.
    /// </summary>
    public static SpanScore Compare(IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        long matched = 0;
        int p = 0, g = 0;
        while (p < predicted.Count && g < gold.Count)
        {
            var a = predicted[p];
            var b = gold[g];
            int order = a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
            if (order == 0)
            {
                matched++;
                p++;
                g++;
            }
            else if (order < 0)
            {
                p++;
            }
            else
            {
                g++;
            }
        }

        return new SpanScore(predicted.Count, gold.Count, matched);
    }
}

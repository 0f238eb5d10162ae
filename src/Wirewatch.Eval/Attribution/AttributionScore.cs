namespace Wirewatch.Eval.Attribution;

/// <summary>Counts and F1 of attribution matching: content alone, and content with the source also overlapping.</summary>
public sealed record AttributionScore(int Gold, int Predicted, int ContentMatched, int SourceMatched)
{
    public double ContentPrecision => Ratio(ContentMatched, Predicted);

    public double ContentRecall => Ratio(ContentMatched, Gold);

    public double ContentF1 => F1(ContentPrecision, ContentRecall);

    public double SourcePrecision => Ratio(SourceMatched, Predicted);

    public double SourceRecall => Ratio(SourceMatched, Gold);

    public double SourceF1 => F1(SourcePrecision, SourceRecall);

    public AttributionScore Add(AttributionScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AttributionScore(Gold + other.Gold, Predicted + other.Predicted, ContentMatched + other.ContentMatched, SourceMatched + other.SourceMatched);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

namespace Wirewatch.Eval.Muc4;

/// <summary>Precision, recall and F1 in percent, with the counts behind them.</summary>
public readonly record struct Muc4Prf(double Precision, double Recall, double F1, double PrecisionNumerator, double PrecisionDenominator, double RecallNumerator, double RecallDenominator)
{
    public static Muc4Prf From(double pn, double pd, double rn, double rd)
    {
        double p = pd != 0 ? pn / pd : 0, r = rd != 0 ? rn / rd : 0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0;
        return new Muc4Prf(p * 100, r * 100, f * 100, pn, pd, rn, rd);
    }
}

namespace Wirewatch.Models.Entities;

/// <summary>Exact-span counts of gold, predicted and correct names per coarse type, and the figures they give (percentages).</summary>
public sealed record EntityScore(IReadOnlyDictionary<string, (int Gold, int Predicted, int Correct)> ByType)
{
    public double Precision => PrecisionOver(ByType.Keys);

    public double Recall => RecallOver(ByType.Keys);

    public double F1 => F1Over(ByType.Keys);

    public double PrecisionOver(IEnumerable<string> types)
    {
        var (_, p, c) = Sum(types);
        return p == 0 ? 0 : 100.0 * c / p;
    }

    public double RecallOver(IEnumerable<string> types)
    {
        var (g, _, c) = Sum(types);
        return g == 0 ? 0 : 100.0 * c / g;
    }

    /// <summary>Micro-averaged F1 over <paramref name="types"/> (e.g. PER, ORG and LOC).</summary>
    public double F1Over(IEnumerable<string> types)
    {
        var list = types.ToList();
        double p = PrecisionOver(list), r = RecallOver(list);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private (int Gold, int Predicted, int Correct) Sum(IEnumerable<string> types)
    {
        int g = 0, p = 0, c = 0;
        foreach (var type in types)
        {
            if (ByType.TryGetValue(type, out var counts))
            {
                g += counts.Gold;
                p += counts.Predicted;
                c += counts.Correct;
            }
        }

        return (g, p, c);
    }
}

using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Acled;

/// <summary>Scores predicted labels against gold labels (by id).</summary>
public static class AcledMetrics
{
    public static AcledScore Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var tp = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var goldCount = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var predCount = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int correct = 0;
        foreach (var (id, g) in gold)
        {
            if (!predicted.TryGetValue(id, out var p))
            {
                throw new InputRejectedException("predictions", $"no prediction for id {id}.");
            }

            goldCount[g] = goldCount.GetValueOrDefault(g) + 1;
            predCount[p] = predCount.GetValueOrDefault(p) + 1;
            tp.TryAdd(g, 0);
            tp.TryAdd(p, 0);
            if (g == p)
            {
                tp[g]++;
                correct++;
            }
        }

        var per = new List<AcledLabelScore>(tp.Count);
        double macro = 0;
        foreach (var (label, t) in tp)
        {
            int gc = goldCount.GetValueOrDefault(label), pc = predCount.GetValueOrDefault(label);
            double p = pc == 0 ? 0 : 100.0 * t / pc, r = gc == 0 ? 0 : 100.0 * t / gc;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            per.Add(new AcledLabelScore(label, p, r, f, gc, pc));
            macro += f;
        }

        double micro = gold.Count == 0 ? 0 : 100.0 * correct / gold.Count;
        return new AcledScore(gold.Count, correct, micro, per.Count == 0 ? 0 : macro / per.Count, per);
    }
}

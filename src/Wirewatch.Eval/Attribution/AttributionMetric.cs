namespace Wirewatch.Eval.Attribution;

/// <summary>
/// The attribution metric of the evaluation contract. Two content spans match when their overlap is at least half of
/// the longer span; predictions and gold attributions are paired one to one, largest overlap first. "With source"
/// additionally needs the source spans to overlap (or both to be absent), paired separately under that stricter test.
/// </summary>
public static class AttributionMetric
{
    public static AttributionScore Score(IReadOnlyList<BratAttribution> gold, IReadOnlyList<BratAttribution> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        int content = Match(gold, predicted, withSource: false);
        int source = Match(gold, predicted, withSource: true);
        return new AttributionScore(gold.Count, predicted.Count, content, source);
    }

    /// <summary>True when the content spans overlap by at least half of the longer one.</summary>
    public static bool ContentMatches(AttributionSpan gold, AttributionSpan predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        int overlap = gold.Overlap(predicted);
        return overlap > 0 && 2 * overlap >= Math.Max(gold.Length, predicted.Length);
    }

    /// <summary>True when both sources are absent or they share at least one character.</summary>
    public static bool SourceMatches(AttributionSpan? gold, AttributionSpan? predicted) =>
        gold is null ? predicted is null : predicted is not null && gold.Overlap(predicted) > 0;

    private static int Match(IReadOnlyList<BratAttribution> gold, IReadOnlyList<BratAttribution> predicted, bool withSource)
    {
        var candidates = new List<(int Overlap, int Gold, int Predicted)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                if (ContentMatches(gold[g].Content, predicted[p].Content)
                    && (!withSource || SourceMatches(gold[g].Source, predicted[p].Source)))
                {
                    candidates.Add((gold[g].Content.Overlap(predicted[p].Content), g, p));
                }
            }
        }

        // Largest overlap first, then text order, so the pairing is deterministic.
        candidates.Sort(static (a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var usedGold = new bool[gold.Count];
        var usedPredicted = new bool[predicted.Count];
        int matched = 0;
        foreach (var (_, g, p) in candidates)
        {
            if (!usedGold[g] && !usedPredicted[p])
            {
                usedGold[g] = usedPredicted[p] = true;
                matched++;
            }
        }

        return matched;
    }
}

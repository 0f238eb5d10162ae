namespace Wirewatch.Eval.Relations;

/// <summary>
/// Scores predicted relations against re3d's annotation. re3d's types are broader than the record's predicates, so
/// each predicate is matched against the types that can express it (<see cref="CompatibleTypes"/>); a prediction is
/// correct when a gold relation of a compatible type joins spans overlapping its subject and object, in either order
/// (re3d annotates "supported by" and "supports" alike and many ties in both directions). A gold relation counts as
/// found when some compatible prediction matches it; recall is over the gold types that some predicate can express.
/// </summary>
public static class RelationMetric
{
    /// <summary>For each predicate of the record, the re3d relation types that state it.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> CompatibleTypes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["allegiance"] = ["BelongsTo", "AlliesOf", "Likes"],
        ["affiliated-with"] = ["BelongsTo", "AlliesOf", "Likes"],
        ["backed-by"] = ["AlliesOf", "Likes"],
        ["member-of"] = ["BelongsTo"],
        ["leader-of"] = ["InChargeOf", "BelongsTo"],
        ["rival-of"] = ["FightingAgainst", "Dislikes"],
        ["located-in"] = ["CoLocated"],
    };

    public static RelationScore Score(IReadOnlyDictionary<string, List<GoldRelation>> gold, IReadOnlyDictionary<string, List<PredictedRelation>> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var scoredTypes = new HashSet<string>(StringComparer.Ordinal);
        var byPredicate = new SortedDictionary<string, (int Predicted, int Correct)>(StringComparer.Ordinal);
        var byType = new SortedDictionary<string, (int Gold, int Found)>(StringComparer.Ordinal);
        foreach (var (predicate, types) in CompatibleTypes)
        {
            byPredicate[predicate] = (0, 0);
            foreach (var type in types)
            {
                scoredTypes.Add(type);
                byType[type] = (0, 0);
            }
        }

        foreach (var (doc, predictions) in predicted)
        {
            var docGold = gold.GetValueOrDefault(doc) ?? [];
            foreach (var p in predictions)
            {
                if (!CompatibleTypes.ContainsKey(p.Predicate))
                {
                    throw new ArgumentException($"unknown predicate '{p.Predicate}'", nameof(predicted));
                }

                bool correct = false;
                foreach (var g in docGold)
                {
                    if (Matches(p, g))
                    {
                        correct = true;
                        break;
                    }
                }

                var (n, c) = byPredicate[p.Predicate];
                byPredicate[p.Predicate] = (n + 1, c + (correct ? 1 : 0));
            }
        }

        foreach (var (doc, relations) in gold)
        {
            var docPredictions = predicted.GetValueOrDefault(doc) ?? [];
            foreach (var g in relations)
            {
                if (!scoredTypes.Contains(g.Type))
                {
                    continue;
                }

                bool found = false;
                foreach (var p in docPredictions)
                {
                    if (Matches(p, g))
                    {
                        found = true;
                        break;
                    }
                }

                var (n, f) = byType[g.Type];
                byType[g.Type] = (n + 1, f + (found ? 1 : 0));
            }
        }

        return new RelationScore(byPredicate, byType);
    }

    private static bool Matches(PredictedRelation p, GoldRelation g)
    {
        if (Array.IndexOf(CompatibleTypes[p.Predicate], g.Type) < 0)
        {
            return false;
        }

        bool forward = Overlap(p.SubjectStart, p.SubjectEnd, g.SourceStart, g.SourceEnd) && Overlap(p.ObjectStart, p.ObjectEnd, g.TargetStart, g.TargetEnd);
        bool backward = Overlap(p.SubjectStart, p.SubjectEnd, g.TargetStart, g.TargetEnd) && Overlap(p.ObjectStart, p.ObjectEnd, g.SourceStart, g.SourceEnd);
        return forward || backward;
    }

    private static bool Overlap(int a, int b, int c, int d) => a < d && c < b;
}

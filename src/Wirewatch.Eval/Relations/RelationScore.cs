namespace Wirewatch.Eval.Relations;

/// <summary>
/// Counts of a relation evaluation: per predicate how many relations were predicted and how many match a gold relation
/// of a compatible type; per gold type how many gold relations there are and how many some compatible prediction matches.
/// </summary>
public sealed class RelationScore
{
    internal RelationScore(SortedDictionary<string, (int Predicted, int Correct)> byPredicate, SortedDictionary<string, (int Gold, int Found)> byType)
    {
        ByPredicate = byPredicate;
        ByGoldType = byType;
        foreach (var (p, c) in byPredicate.Values)
        {
            Predicted += p;
            Correct += c;
        }

        foreach (var (g, f) in byType.Values)
        {
            Gold += g;
            Found += f;
        }
    }

    public IReadOnlyDictionary<string, (int Predicted, int Correct)> ByPredicate { get; }

    public IReadOnlyDictionary<string, (int Gold, int Found)> ByGoldType { get; }

    public int Predicted { get; }

    public int Correct { get; }

    public int Gold { get; }

    public int Found { get; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

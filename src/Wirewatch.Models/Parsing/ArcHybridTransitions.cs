using Wirewatch.Models.Hashing;
using Wirewatch.Models.Learning;

namespace Wirewatch.Models.Parsing;

/// <summary>
/// The three arc-hybrid transitions as class ids (SHIFT 0, LEFT 1, RIGHT 2) and the relation labels that arcs
/// carry. The root relation is used only by LEFT onto the artificial root, and only there; other arcs get their
/// label from a separate classifier, so the transition model has three classes and tiny weight rows.
/// </summary>
internal sealed class ArcHybridTransitions
{
    public const string RootRelation = "root";
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;
    public const int ClassCount = 3;

    public ArcHybridTransitions(LabelSet relations)
    {
        Relations = relations.Count;
        RelationNames = relations.Labels;
        Root = relations.IdOf(RootRelation);
        LabelAtoms = new ulong[relations.Count];
        for (int l = 0; l < relations.Count; l++)
        {
            LabelAtoms[l] = FeatureHash.Int(l);
        }
    }

    public int Relations { get; }

    public IReadOnlyList<string> RelationNames { get; }

    /// <summary>The id of the root relation.</summary>
    public int Root { get; }

    /// <summary>The hash of each relation, as features of children see it.</summary>
    public ulong[] LabelAtoms { get; }

    /// <summary>Whether <paramref name="transition"/> may be applied to <paramref name="state"/>.</summary>
    public static bool IsValid(ArcHybridState state, int transition) => transition switch
    {
        Shift => state.CanShift,
        Left => state.CanLeft,
        _ => state.CanRight,
    };

    /// <summary>True when the transition attaches the stack top to the artificial root (its label is fixed).</summary>
    public static bool AttachesRoot(ArcHybridState state, int transition) => transition == Left && state.Buffer == state.Length;

    /// <summary>The head the stack top would get from <paramref name="transition"/> (LEFT or RIGHT).</summary>
    public static int HeadFor(ArcHybridState state, int transition) => transition == Left ? state.Buffer : state.Stack(1);

    public static void Apply(ArcHybridState state, int transition, int label)
    {
        switch (transition)
        {
            case Shift:
                state.Shift();
                break;
            case Left:
                state.Left(label);
                break;
            default:
                state.Right(label);
                break;
        }
    }
}

using Wirewatch.Models.Learning;
using Wirewatch.Models.Parsing;

namespace Wirewatch.Models.Tests.Parsing;

public class ArcHybridOracleTests
{
    // "Rebels attacked the town in Libya ." with the root at the end (index 7).
    private static readonly int[] Heads = [1, 7, 3, 1, 5, 1, 1];
    private static readonly string[] Names = ["nsubj", "root", "det", "obj", "case", "obl", "punct"];

    private static (ArcHybridTransitions Transitions, int[] Labels) Setup()
    {
        var relations = LabelSet.FromValues(Names);
        return (new ArcHybridTransitions(relations), [.. Names.Select(relations.IdOf)]);
    }

    /// <summary>Follows zero-cost transitions (preferring the lowest id) from the start, with gold labels.</summary>
    private static ArcHybridState FollowOracle(ArcHybridOracle oracle, ArcHybridState state)
    {
        while (!state.IsTerminal)
        {
            int chosen = -1;
            for (int c = 0; c < ArcHybridTransitions.ClassCount && chosen < 0; c++)
            {
                if (ArcHybridTransitions.IsValid(state, c) && Cost(oracle, state, c) == 0)
                {
                    chosen = c;
                }
            }

            Assert.True(chosen >= 0, "the oracle found no zero-cost transition");
            ArcHybridTransitions.Apply(state, chosen, chosen == ArcHybridTransitions.Shift ? -1 : oracle.GoldLabel(state.Stack(0)));
        }

        return state;
    }

    private static int Cost(ArcHybridOracle oracle, ArcHybridState state, int c) => c switch
    {
        ArcHybridTransitions.Shift => oracle.ShiftCost(state),
        ArcHybridTransitions.Left => oracle.LeftCost(state),
        _ => oracle.RightCost(state),
    };

    [Fact]
    public void Zero_cost_path_rebuilds_the_gold_tree_exactly()
    {
        var (_, labels) = Setup();
        var oracle = new ArcHybridOracle();
        oracle.Reset(Heads, labels, Heads.Length);
        var state = new ArcHybridState();
        state.Reset(Heads.Length);
        FollowOracle(oracle, state);
        Assert.Equal(Heads, state.Heads[..Heads.Length]);
        Assert.Equal(labels, state.Labels[..Heads.Length]);
    }

    [Fact]
    public void After_a_mistake_the_oracle_loses_only_what_the_mistake_cost()
    {
        var (_, labels) = Setup();
        var oracle = new ArcHybridOracle();
        oracle.Reset(Heads, labels, Heads.Length);
        var state = new ArcHybridState();
        state.Reset(Heads.Length);

        // SHIFT Rebels, LEFT (attacked → Rebels), SHIFT attacked, SHIFT the; then RIGHT makes "attacked" the head
        // of "the" (gold: "town").
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Shift, -1);
        Assert.Equal(1, oracle.ShiftCost(state));
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Left, labels[0]);
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Shift, -1);
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Shift, -1);
        Assert.Equal(1, Cost(oracle, state, ArcHybridTransitions.Right));
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Right, labels[2]);

        FollowOracle(oracle, state);
        int correct = 0;
        for (int i = 0; i < Heads.Length; i++)
        {
            correct += state.Heads[i] == Heads[i] ? 1 : 0;
        }

        Assert.Equal(Heads.Length - 1, correct);
    }

    [Fact]
    public void Left_onto_the_root_needs_a_single_word_on_the_stack()
    {
        var state = new ArcHybridState();
        state.Reset(2);
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Shift, -1);
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Shift, -1);
        Assert.False(state.CanShift);
        Assert.False(state.CanLeft);
        Assert.True(state.CanRight);
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Right, 0);
        Assert.True(ArcHybridTransitions.IsValid(state, ArcHybridTransitions.Left));
        Assert.True(ArcHybridTransitions.AttachesRoot(state, ArcHybridTransitions.Left));
        ArcHybridTransitions.Apply(state, ArcHybridTransitions.Left, 1);
        Assert.True(state.IsTerminal);
        Assert.Equal([2, 0], state.Heads[..2]);
    }
}

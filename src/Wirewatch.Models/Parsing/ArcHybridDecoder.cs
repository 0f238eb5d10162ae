using Wirewatch.Models.Learning;

namespace Wirewatch.Models.Parsing;

/// <summary>
/// Greedy arc-hybrid parsing of one sentence whose word, tag and cluster atoms are in the scratch buffers: a
/// three-class transition model picks SHIFT, LEFT or RIGHT, and a relation model labels each arc as it is made.
/// The same loop trains with the dynamic oracle: at each step the best-scoring zero-cost transition is the
/// target, the transition learner is updated when its best guess costs more, and the parser then follows its own
/// guess with some probability (exploration), so it learns to recover from its mistakes. The relation learner
/// is trained on every arc whose head is right.
/// </summary>
internal static class ArcHybridDecoder
{
    /// <summary>Parses the <paramref name="length"/> words; returns the state, whose heads use <paramref name="length"/> for the root.</summary>
    public static ArcHybridState Parse(ArcHybridTransitions transitions, IClassScorer transitionScorer, IClassScorer labelScorer, ParserScratch scratch, int length)
    {
        var state = scratch.State;
        state.Reset(length);
        var scores = scratch.Scores.AsSpan(0, ArcHybridTransitions.ClassCount);
        var features = scratch.Features.AsSpan();
        while (!state.IsTerminal)
        {
            int count = ParserFeatures.Extract(state, scratch, transitions.LabelAtoms, features);
            transitionScorer.Score(features[..count], scores);
            int transition = Best(state, scores);
            int label = transition == ArcHybridTransitions.Shift ? -1 : Label(transitions, labelScorer, scratch, state, transition, out _);
            ArcHybridTransitions.Apply(state, transition, label);
        }

        return state;
    }

    /// <summary>One training pass over a sentence with gold heads (root = <paramref name="length"/>) and relation ids.</summary>
    /// <returns>The number of transitions whose guess was not optimal.</returns>
    public static int Train(
        ArcHybridTransitions transitions,
        AveragedPerceptron learner,
        AveragedPerceptron labelLearner,
        ArcHybridOracle oracle,
        ParserScratch scratch,
        int length,
        bool explore,
        double followProbability,
        Random random)
    {
        var state = scratch.State;
        state.Reset(length);
        var scores = scratch.Scores.AsSpan(0, ArcHybridTransitions.ClassCount);
        Span<int> costs = stackalloc int[ArcHybridTransitions.ClassCount];
        var features = scratch.Features.AsSpan();
        int mistakes = 0;
        while (!state.IsTerminal)
        {
            int count = ParserFeatures.Extract(state, scratch, transitions.LabelAtoms, features);
            learner.Score(features[..count], scores);
            costs[ArcHybridTransitions.Shift] = state.CanShift ? oracle.ShiftCost(state) : int.MaxValue;
            costs[ArcHybridTransitions.Left] = state.CanLeft ? oracle.LeftCost(state) : int.MaxValue;
            costs[ArcHybridTransitions.Right] = state.CanRight ? oracle.RightCost(state) : int.MaxValue;
            int minCost = Math.Min(costs[0], Math.Min(costs[1], costs[2]));
            int guess = Best(state, scores);
            int target = -1;
            for (int c = 0; c < ArcHybridTransitions.ClassCount; c++)
            {
                if (costs[c] == minCost && (target < 0 || scores[c] > scores[target]))
                {
                    target = c;
                }
            }

            bool wrong = costs[guess] > minCost;
            if (wrong)
            {
                learner.Update(features[..count], target, guess);
                mistakes++;
            }

            learner.EndExample();
            int next = !wrong || (explore && random.NextDouble() < followProbability) ? guess : target;
            int label = -1;
            if (next != ArcHybridTransitions.Shift)
            {
                int dependent = state.Stack(0);
                int head = ArcHybridTransitions.HeadFor(state, next);
                int guessed = Label(transitions, labelScorer: labelLearner, scratch, state, next, out int labelCount);
                bool rightHead = oracle.GoldHead(dependent) == head;
                if (rightHead && !ArcHybridTransitions.AttachesRoot(state, next))
                {
                    labelLearner.Update(scratch.LabelFeatures.AsSpan(0, labelCount), oracle.GoldLabel(dependent), guessed);
                    labelLearner.EndExample();
                }

                // Children's labels are features of later steps: before exploring, they are the gold ones.
                label = rightHead && !explore ? oracle.GoldLabel(dependent) : guessed;
            }

            ArcHybridTransitions.Apply(state, next, label);
        }

        return mistakes;
    }

    /// <summary>The relation of the arc <paramref name="transition"/> would make: root onto the root, else the best non-root relation.</summary>
    private static int Label(ArcHybridTransitions transitions, IClassScorer labelScorer, ParserScratch scratch, ArcHybridState state, int transition, out int featureCount)
    {
        featureCount = 0;
        if (ArcHybridTransitions.AttachesRoot(state, transition))
        {
            return transitions.Root;
        }

        int head = ArcHybridTransitions.HeadFor(state, transition);
        featureCount = LabelFeatures.Extract(state, head, state.Stack(0), scratch, transitions.LabelAtoms, scratch.LabelFeatures);
        var scores = scratch.LabelScores.AsSpan(0, transitions.Relations);
        labelScorer.Score(scratch.LabelFeatures.AsSpan(0, featureCount), scores);
        int best = -1;
        for (int l = 0; l < scores.Length; l++)
        {
            if (l != transitions.Root && (best < 0 || scores[l] > scores[best]))
            {
                best = l;
            }
        }

        return best;
    }

    /// <summary>The valid transition with the highest score; ties go to the lowest id.</summary>
    private static int Best(ArcHybridState state, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int c = 0; c < ArcHybridTransitions.ClassCount; c++)
        {
            if (ArcHybridTransitions.IsValid(state, c) && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return best;
    }
}

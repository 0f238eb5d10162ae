using Wirewatch.Models.Learning;

namespace Wirewatch.Models.Entities;

/// <summary>
/// Greedy left-to-right BILOU labelling of a document, sentence by sentence, with the label transitions
/// constrained to well-formed names. The same loop trains: given gold labels and a learner, it updates wherever its
/// guess is wrong, on its own history (as it will run). A corpus that does not mark MISC names
/// (<c>lacksMisc</c>) accepts a MISC guess where its gold says O: partial supervision rather than a false negative.
/// </summary>
internal static class EntityDecoder
{
    private const byte SeenCapitalised = 1;
    private const byte SeenLower = 2;
    private const byte MemoryOutside = 5;

    public static void Run(
        IClassScorer scorer,
        Tagging.WordClusters? clusters,
        ReadOnlySpan<char> text,
        ReadOnlySpan<int> starts,
        ReadOnlySpan<int> ends,
        ReadOnlySpan<uint> flags,
        ReadOnlySpan<int> boundaries,
        Span<int> output,
        EntityScratch scratch,
        ReadOnlySpan<int> gold = default,
        AveragedPerceptron? learner = null,
        bool lacksMisc = false,
        Span<float> margins = default)
    {
        int n = starts.Length;
        if (n == 0)
        {
            return;
        }

        int longest = 0;
        for (int s = 0; s + 1 < boundaries.Length; s++)
        {
            longest = Math.Max(longest, boundaries[s + 1] - boundaries[s]);
        }

        scratch.Reset(n, longest);
        var doc = scratch.Document.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            EntityFeatures.ComputeAtoms(text[starts[i]..ends[i]], ref doc[i], flags.IsEmpty ? 0u : flags[i], clusters);
        }

        // Sentence flags, then how each word is cased inside sentences elsewhere in the document.
        var docCase = scratch.DocumentCase;
        for (int s = 0; s + 1 < boundaries.Length; s++)
        {
            int first = boundaries[s], end = boundaries[s + 1];
            byte caps = IsCapsLine(doc[first..end]) ? (byte)1 : (byte)0;
            for (int i = first; i < end; i++)
            {
                doc[i].CapsLine = caps;
                doc[i].Initial = i == first ? (byte)1 : (byte)0;
                if (caps == 0 && i > first && doc[i].Case is 0 or 1)
                {
                    var key = doc[i].Lower;
                    docCase[key] = (byte)(docCase.GetValueOrDefault(key) | (doc[i].Case == 1 ? SeenCapitalised : SeenLower));
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            doc[i].DocumentCase = docCase.GetValueOrDefault(doc[i].Lower);
        }

        var memory = scratch.Memory;
        var features = scratch.Features.AsSpan();
        var scores = scratch.Scores.AsSpan();
        var sentence = scratch.Sentence.AsSpan();
        bool training = learner is not null && !gold.IsEmpty;
        for (int s = 0; s + 1 < boundaries.Length; s++)
        {
            int first = boundaries[s], end = boundaries[s + 1];
            int len = end - first;
            doc[first..end].CopyTo(sentence[EntityFeatures.Pad..]);
            EntityFeatures.Pad2(sentence, len);
            int previous = -1, previous2 = -1;
            for (int i = 0; i < len; i++)
            {
                ref readonly var atom = ref sentence[i + EntityFeatures.Pad];
                int remembered = memory.GetValueOrDefault(atom.Lower);
                int count = EntityFeatures.Extract(sentence, i, previous, previous2, remembered, features);
                scorer.Score(features[..count], scores);
                int guess = Best(scores, previous < 0 ? BilouLabels.Outside : previous, i == len - 1, out float margin);
                if (!margins.IsEmpty)
                {
                    margins[first + i] = margin;
                }

                if (training)
                {
                    int truth = gold[first + i];
                    bool acceptable = guess == truth || (lacksMisc && truth == BilouLabels.Outside && BilouLabels.TypeOf(guess) == 3);
                    if (!acceptable)
                    {
                        learner!.Update(features[..count], truth, guess);
                    }

                    learner!.EndExample();
                }

                output[first + i] = guess;
                if (atom.Case is 1 or 2)
                {
                    int type = BilouLabels.TypeOf(guess);
                    memory[atom.Lower] = type < 0 ? MemoryOutside : (byte)(type + 1);
                }

                previous2 = previous;
                previous = guess;
            }
        }
    }

    // The best label that may follow the previous one; at the last token a name must close. The margin is how far
    // the best allowed label's score is ahead of the runner-up's (a confidence for self-training).
    private static int Best(ReadOnlySpan<float> scores, int previous, bool last, out float margin)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity, second = float.NegativeInfinity;
        for (int label = 0; label < scores.Length; label++)
        {
            if (!BilouLabels.IsAllowed(previous, label) || (last && BilouLabels.IsOpen(label)))
            {
                continue;
            }

            if (scores[label] > bestScore)
            {
                second = bestScore;
                bestScore = scores[label];
                best = label;
            }
            else if (scores[label] > second)
            {
                second = scores[label];
            }
        }

        margin = float.IsNegativeInfinity(second) ? float.MaxValue : bestScore - second;
        return best < 0 ? BilouLabels.Outside : best;
    }

    // A headline or a line of capitals: most of its words are written in capitals.
    private static bool IsCapsLine(ReadOnlySpan<EntityAtoms> atoms)
    {
        int words = 0, caps = 0;
        foreach (ref readonly var a in atoms)
        {
            if (a.Case is 0 or 1 or 2 or 4)
            {
                words++;
                caps += a.Case == 2 ? 1 : 0;
            }
        }

        return caps >= 2 && caps * 5 >= words * 4;
    }
}

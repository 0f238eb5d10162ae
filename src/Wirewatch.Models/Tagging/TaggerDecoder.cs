using Wirewatch.Models.Learning;

namespace Wirewatch.Models.Tagging;

/// <summary>
/// Greedy left-to-right tagging of one sentence in one or two passes. The same loop trains: given gold labels
/// and learners, each pass updates its learner wherever its guess is wrong (on the guess, as a greedy tagger
/// will see its own mistakes at run time).
/// </summary>
internal static class TaggerDecoder
{
    public static void Run(
        TaggerLexicon lexicon,
        IClassScorer first,
        IClassScorer? second,
        ReadOnlySpan<char> text,
        ReadOnlySpan<int> starts,
        ReadOnlySpan<int> ends,
        Span<int> output,
        TaggerScratch scratch,
        ReadOnlySpan<int> gold = default,
        AveragedPerceptron? learnFirst = null,
        AveragedPerceptron? learnSecond = null)
    {
        int n = starts.Length;
        if (n == 0)
        {
            return;
        }

        const int pad = TaggerFeatures.Pad;
        scratch.EnsureCapacity(n);
        var atoms = scratch.Atoms;
        var tags = scratch.TagAtoms;
        var firstTags = scratch.FirstPassAtoms;
        var firstPass = scratch.FirstPass;
        var known = scratch.FromDictionary;
        var features = scratch.Features.AsSpan();
        var scores = scratch.Scores.AsSpan(0, lexicon.Labels.Count);
        ulong profile = TaggerFeatures.ComputeAtoms(text, starts, ends, atoms, lexicon);
        tags[0] = tags[1] = TaggerLexicon.StartAtom;
        tags[n + pad] = tags[n + pad + 1] = TaggerLexicon.EndAtom;
        bool training = !gold.IsEmpty;

        for (int i = 0; i < n; i++)
        {
            int label = lexicon.DictionaryLabel(text[starts[i]..ends[i]]);
            known[i] = label >= 0;
            if (label < 0)
            {
                int count = TaggerFeatures.Extract(atoms, tags, default, i, n, profile, secondPass: false, features);
                first.Score(features[..count], scores);
                label = LinearModel.ArgMax(scores);
                if (training && learnFirst is not null)
                {
                    learnFirst.Update(features[..count], gold[i], label);
                    learnFirst.EndExample();
                }
            }

            firstPass[i] = label;
            tags[i + pad] = lexicon.TagAtoms[label];
        }

        if (second is null)
        {
            firstPass.AsSpan(0, n).CopyTo(output);
            return;
        }

        Array.Copy(tags, firstTags, n + (2 * pad));
        for (int i = 0; i < n; i++)
        {
            int label = firstPass[i];
            if (!known[i])
            {
                int count = TaggerFeatures.Extract(atoms, tags, firstTags, i, n, profile, secondPass: true, features);
                second.Score(features[..count], scores);
                label = LinearModel.ArgMax(scores);
                if (training && learnSecond is not null)
                {
                    learnSecond.Update(features[..count], gold[i], label);
                    learnSecond.EndExample();
                }
            }

            output[i] = label;
            tags[i + pad] = lexicon.TagAtoms[label];
        }
    }
}

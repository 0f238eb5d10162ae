using System.Runtime.CompilerServices;
using Wirewatch.Models.Hashing;

namespace Wirewatch.Models.Parsing;

/// <summary>
/// Feature templates of the parser, after Zhang and Nivre (2011) adapted to arc-hybrid: words and tags of the top
/// three stack items and the first three buffer items, the left/right-most children of s0, s1 and the buffer front
/// with their labels, distances, valencies and label sets, and their conjunctions. Template ids are part of the
/// model format.
/// </summary>
internal static class ParserFeatures
{
    public const int MaxFeatures = 112;

    private static readonly ulong[] T = FeatureHash.Templates(2000, MaxFeatures);

    /// <summary>Atom of a position that does not exist (an empty stack slot, past the root).</summary>
    public static ulong NoneAtom { get; } = FeatureHash.Chars("<none>");

    /// <summary>Word and tag atom of the artificial root.</summary>
    public static ulong RootAtom { get; } = FeatureHash.Chars("<root>");

    /// <summary>Writes the features of <paramref name="state"/>; the scratch buffers hold one word, tag and cluster atom per word plus the root.</summary>
    public static int Extract(ArcHybridState state, ParserScratch scratch, ReadOnlySpan<ulong> labels, Span<ulong> f)
    {
        ReadOnlySpan<ulong> words = scratch.Words;
        ReadOnlySpan<ulong> tags = scratch.Tags;
        ReadOnlySpan<ulong> clusters = scratch.Clusters;
        ReadOnlySpan<ulong> coarse = scratch.CoarseClusters;
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
        int b0 = state.BufferAt(0), b1 = state.BufferAt(1), b2 = state.BufferAt(2);
        int n = state.Length;
        int s0l = Child(state.LeftMost, s0, n), s0l2 = Child(state.LeftMost2, s0, n);
        int s0r = Child(state.RightMost, s0, n), s0r2 = Child(state.RightMost2, s0, n);
        int s1l = Child(state.LeftMost, s1, n), s1r = Child(state.RightMost, s1, n), s1r2 = Child(state.RightMost2, s1, n);
        int b0l = Child(state.LeftMost, b0, n), b0l2 = Child(state.LeftMost2, b0, n);

        ulong s0w = At(words, s0), s0p = At(tags, s0), s1w = At(words, s1), s1p = At(tags, s1), s2p = At(tags, s2);
        ulong b0w = At(words, b0), b0p = At(tags, b0), b1w = At(words, b1), b1p = At(tags, b1), b2p = At(tags, b2);
        ulong s0lw = At(words, s0l), s0lp = At(tags, s0l), s0ll = Label(state, labels, s0l);
        ulong s0l2p = At(tags, s0l2), s0l2l = Label(state, labels, s0l2);
        ulong s0rw = At(words, s0r), s0rp = At(tags, s0r), s0rl = Label(state, labels, s0r);
        ulong s0r2p = At(tags, s0r2), s0r2l = Label(state, labels, s0r2);
        ulong s1lp = At(tags, s1l);
        ulong s1rp = At(tags, s1r), s1rl = Label(state, labels, s1r), s1rw = At(words, s1r);
        ulong s1r2p = At(tags, s1r2);
        ulong b0lw = At(words, b0l), b0lp = At(tags, b0l), b0ll = Label(state, labels, b0l);
        ulong b0l2p = At(tags, b0l2), b0l2l = Label(state, labels, b0l2);

        ulong d = FeatureHash.Int(s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : 0);
        ulong d1 = FeatureHash.Int(s1 >= 0 && s0 >= 0 ? Bucket(s0 - s1) : 0);
        ulong s0vl = FeatureHash.Int(s0 >= 0 && s0 < n ? state.LeftCount[s0] : -1);
        ulong s0vr = FeatureHash.Int(s0 >= 0 && s0 < n ? state.RightCount[s0] : -1);
        ulong b0vl = FeatureHash.Int(b0 >= 0 ? state.LeftCount[b0] : -1);
        ulong s0sl = s0 >= 0 ? state.LeftLabels[s0] : ulong.MaxValue;
        ulong s0sr = s0 >= 0 ? state.RightLabels[s0] : ulong.MaxValue;
        ulong b0sl = b0 >= 0 ? state.LeftLabels[b0] : ulong.MaxValue;

        int k = 0;

        // Single positions.
        f[k++] = FeatureHash.Combine(T[0], s0w);
        f[k++] = FeatureHash.Combine(T[1], s0p);
        f[k++] = FeatureHash.Combine(T[2], s0w, s0p);
        f[k++] = FeatureHash.Combine(T[3], s1w);
        f[k++] = FeatureHash.Combine(T[4], s1p);
        f[k++] = FeatureHash.Combine(T[5], s1w, s1p);
        f[k++] = FeatureHash.Combine(T[6], b0w);
        f[k++] = FeatureHash.Combine(T[7], b0p);
        f[k++] = FeatureHash.Combine(T[8], b0w, b0p);
        f[k++] = FeatureHash.Combine(T[9], b1w);
        f[k++] = FeatureHash.Combine(T[10], b1p);
        f[k++] = FeatureHash.Combine(T[11], b1w, b1p);
        f[k++] = FeatureHash.Combine(T[13], b2p);
        f[k++] = FeatureHash.Combine(T[14], s2p);

        // Pairs: stack top with buffer front, and the two stack tops.
        f[k++] = FeatureHash.Combine(T[16], s0w, s0p, FeatureHash.Combine(b0w, b0p));
        f[k++] = FeatureHash.Combine(T[17], s0w, s0p, b0w);
        f[k++] = FeatureHash.Combine(T[18], s0w, b0w, b0p);
        f[k++] = FeatureHash.Combine(T[19], s0w, s0p, b0p);
        f[k++] = FeatureHash.Combine(T[20], s0p, b0w, b0p);
        f[k++] = FeatureHash.Combine(T[21], s0w, b0w);
        f[k++] = FeatureHash.Combine(T[22], s0p, b0p);
        f[k++] = FeatureHash.Combine(T[23], b0p, b1p);
        f[k++] = FeatureHash.Combine(T[24], s1w, s0w);
        f[k++] = FeatureHash.Combine(T[25], s1p, s0p);
        f[k++] = FeatureHash.Combine(T[26], s1p, s0w);
        f[k++] = FeatureHash.Combine(T[27], s1w, s0p);
        f[k++] = FeatureHash.Combine(T[28], s1w, s1p, FeatureHash.Combine(s0w, s0p));
        f[k++] = FeatureHash.Combine(T[29], s1p, b0p);

        // Tag trigrams.
        f[k++] = FeatureHash.Combine(T[31], b0p, b1p, b2p);
        f[k++] = FeatureHash.Combine(T[32], s0p, b0p, b1p);
        f[k++] = FeatureHash.Combine(T[33], s1p, s0p, b0p);
        f[k++] = FeatureHash.Combine(T[34], s2p, s1p, s0p);
        f[k++] = FeatureHash.Combine(T[35], s0p, s0lp, b0p);
        f[k++] = FeatureHash.Combine(T[36], s0p, s0rp, b0p);
        f[k++] = FeatureHash.Combine(T[37], s0p, b0p, b0lp);
        f[k++] = FeatureHash.Combine(T[38], s1p, s1rp, s0p);
        f[k++] = FeatureHash.Combine(T[39], s1p, s0p, s0lp);
        f[k++] = FeatureHash.Combine(T[40], s1p, s0p, s0rp);
        f[k++] = FeatureHash.Combine(T[41], s1p, s1lp, s0p);

        // Distance.
        f[k++] = FeatureHash.Combine(T[42], s0w, d);
        f[k++] = FeatureHash.Combine(T[43], s0p, d);
        f[k++] = FeatureHash.Combine(T[44], b0w, d);
        f[k++] = FeatureHash.Combine(T[45], b0p, d);
        f[k++] = FeatureHash.Combine(T[46], s0w, b0w, d);
        f[k++] = FeatureHash.Combine(T[47], s0p, b0p, d);
        f[k++] = FeatureHash.Combine(T[48], s1p, s0p, d1);

        // Valency.
        f[k++] = FeatureHash.Combine(T[51], s0p, s0vr);
        f[k++] = FeatureHash.Combine(T[53], s0p, s0vl);
        f[k++] = FeatureHash.Combine(T[55], b0p, b0vl);

        // Children.
        f[k++] = FeatureHash.Combine(T[57], s0lw);
        f[k++] = FeatureHash.Combine(T[58], s0lp);
        f[k++] = FeatureHash.Combine(T[59], s0ll);
        f[k++] = FeatureHash.Combine(T[60], s0rw);
        f[k++] = FeatureHash.Combine(T[61], s0rp);
        f[k++] = FeatureHash.Combine(T[62], s0rl);
        f[k++] = FeatureHash.Combine(T[63], b0lw);
        f[k++] = FeatureHash.Combine(T[64], b0lp);
        f[k++] = FeatureHash.Combine(T[65], b0ll);
        f[k++] = FeatureHash.Combine(T[68], s1rw, s1rp);
        f[k++] = FeatureHash.Combine(T[69], s1rl);
        f[k++] = FeatureHash.Combine(T[71], s0l2l);
        f[k++] = FeatureHash.Combine(T[73], s0r2l);
        f[k++] = FeatureHash.Combine(T[75], b0l2l);
        f[k++] = FeatureHash.Combine(T[76], s0p, s0lp, s0l2p);
        f[k++] = FeatureHash.Combine(T[77], s0p, s0rp, s0r2p);
        f[k++] = FeatureHash.Combine(T[78], b0p, b0lp, b0l2p);
        f[k++] = FeatureHash.Combine(T[79], s1p, s1rp, s1r2p);
        f[k++] = FeatureHash.Combine(T[81], s0w, s0ll, s0rl);
        f[k++] = FeatureHash.Combine(T[82], s0p, s0ll, s0rl);

        // Label sets.
        f[k++] = FeatureHash.Combine(T[84], s0p, s0sl);
        f[k++] = FeatureHash.Combine(T[86], s0p, s0sr);
        f[k++] = FeatureHash.Combine(T[88], b0p, b0sl);

        // Lexical trigrams around the decision.
        f[k++] = FeatureHash.Combine(T[91], b0w, b1w);
        f[k++] = FeatureHash.Combine(T[93], s0p, b0w, b1p);

        // Word clusters (from unlabelled text) stand in for rare words.
        ulong s0c = At(clusters, s0), b0c = At(clusters, b0), b1c = At(clusters, b1), s1c = At(clusters, s1);
        ulong s0cc = At(coarse, s0), b0cc = At(coarse, b0), b1cc = At(coarse, b1), s1cc = At(coarse, s1);
        f[k++] = FeatureHash.Combine(T[94], s0c);
        f[k++] = FeatureHash.Combine(T[95], b0c);
        f[k++] = FeatureHash.Combine(T[96], b1c);
        f[k++] = FeatureHash.Combine(T[97], s1c);
        f[k++] = FeatureHash.Combine(T[98], s0cc, b0cc);
        f[k++] = FeatureHash.Combine(T[99], s0c, b0p);
        f[k++] = FeatureHash.Combine(T[100], s0p, b0c);
        f[k++] = FeatureHash.Combine(T[101], b0cc, b1cc);
        f[k++] = FeatureHash.Combine(T[102], s1cc, s0cc);
        f[k++] = FeatureHash.Combine(T[103], s1p, s0cc, b0cc);
        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong At(ReadOnlySpan<ulong> atoms, int index) => index >= 0 ? atoms[index] : NoneAtom;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Child(int[] children, int head, int length) => head >= 0 && head <= length ? children[head] : ArcHybridState.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Label(ArcHybridState state, ReadOnlySpan<ulong> labels, int word) =>
        word >= 0 ? labels[state.Labels[word]] : NoneAtom;

    private static int Bucket(int distance) => distance switch
    {
        <= 4 => distance,
        <= 6 => 5,
        <= 9 => 6,
        <= 14 => 7,
        _ => 8,
    };
}

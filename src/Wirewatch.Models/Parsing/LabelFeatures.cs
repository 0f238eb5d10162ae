using System.Runtime.CompilerServices;
using Wirewatch.Models.Hashing;

namespace Wirewatch.Models.Parsing;

/// <summary>
/// Features of the relation classifier, read when the stack top <c>d</c> is attached to head <c>h</c>: both words,
/// tags and clusters, direction and distance, the children of <c>d</c> (complete by then, since arc-hybrid attaches
/// a word only after all its dependents) and those of <c>h</c> so far, and the tags around both. Template ids are
/// part of the model format.
/// </summary>
internal static class LabelFeatures
{
    public const int MaxFeatures = 48;

    private static readonly ulong[] T = FeatureHash.Templates(3000, MaxFeatures);


    public static int Extract(ArcHybridState state, int head, int dependent, ParserScratch scratch, ReadOnlySpan<ulong> labels, Span<ulong> f)
    {
        ReadOnlySpan<ulong> words = scratch.Words;
        ReadOnlySpan<ulong> tags = scratch.Tags;
        ReadOnlySpan<ulong> clusters = scratch.Clusters;
        int n = state.Length;
        ulong hw = words[head], hp = tags[head], hc = clusters[head];
        ulong dw = words[dependent], dp = tags[dependent], dc = clusters[dependent];
        ulong dir = head > dependent ? 1UL : 2UL;
        ulong dist = FeatureHash.Int(Bucket(Math.Abs(head - dependent)));
        int dl = state.LeftMost[dependent], dr = state.RightMost[dependent];
        int hl = state.LeftMost[head], hr = state.RightMost[head];
        ulong dll = Label(state, labels, dl), drl = Label(state, labels, dr), dlp = At(tags, dl), drp = At(tags, dr);
        ulong hll = Label(state, labels, hl), hrl = Label(state, labels, hr);
        ulong dprev = dependent > 0 ? tags[dependent - 1] : ParserFeatures.NoneAtom;
        ulong dnext = dependent + 1 <= n ? tags[dependent + 1] : ParserFeatures.NoneAtom;
        ulong hprev = head > 0 ? tags[head - 1] : ParserFeatures.NoneAtom;
        ulong hnext = head + 1 <= n ? tags[head + 1] : ParserFeatures.NoneAtom;
        ulong dvl = FeatureHash.Int(state.LeftCount[dependent]), dvr = FeatureHash.Int(state.RightCount[dependent]);

        int k = 0;
        f[k++] = FeatureHash.Combine(T[0], dp);
        f[k++] = FeatureHash.Combine(T[1], dw);
        f[k++] = FeatureHash.Combine(T[2], hp);
        f[k++] = FeatureHash.Combine(T[3], hw);
        f[k++] = FeatureHash.Combine(T[4], hp, dp);
        f[k++] = FeatureHash.Combine(T[5], hp, dp, dir);
        f[k++] = FeatureHash.Combine(T[6], hw, dp);
        f[k++] = FeatureHash.Combine(T[7], hp, dw);
        f[k++] = FeatureHash.Combine(T[8], hw, dw);
        f[k++] = FeatureHash.Combine(T[9], dp, dir);
        f[k++] = FeatureHash.Combine(T[10], dw, dir);
        f[k++] = FeatureHash.Combine(T[11], dp, dist);
        f[k++] = FeatureHash.Combine(T[12], hp, dp, dist);
        f[k++] = FeatureHash.Combine(T[13], dc, dir);
        f[k++] = FeatureHash.Combine(T[14], hc, dc);
        f[k++] = FeatureHash.Combine(T[15], hp, dc);
        f[k++] = FeatureHash.Combine(T[16], hc, dp);
        f[k++] = FeatureHash.Combine(T[17], dp, dll, drl);
        f[k++] = FeatureHash.Combine(T[18], dp, dlp);
        f[k++] = FeatureHash.Combine(T[19], dp, drp);
        f[k++] = FeatureHash.Combine(T[20], dll);
        f[k++] = FeatureHash.Combine(T[21], drl);
        f[k++] = FeatureHash.Combine(T[22], hp, hll, dir);
        f[k++] = FeatureHash.Combine(T[23], hp, hrl, dir);
        f[k++] = FeatureHash.Combine(T[24], dp, dprev);
        f[k++] = FeatureHash.Combine(T[25], dp, dnext);
        f[k++] = FeatureHash.Combine(T[26], hp, hprev);
        f[k++] = FeatureHash.Combine(T[27], hp, hnext);
        f[k++] = FeatureHash.Combine(T[28], dp, dvl, dvr);
        f[k++] = FeatureHash.Combine(T[29], hw, dw, dir);
        f[k++] = FeatureHash.Combine(T[30], dw, dlp);
        f[k++] = FeatureHash.Combine(T[31], hp, dp, dlp);
        f[k++] = FeatureHash.Combine(T[32], hp, dp, dll);
        f[k++] = FeatureHash.Combine(T[33], head == n ? 1UL : 0UL, dp);

        // The dependent's ending (-ly, -ed, -ing, 's) and the context the arc is made in.
        ulong ds = scratch.Suffixes[dependent], hs = scratch.Suffixes[head];
        int b0 = state.BufferAt(0), s1 = state.Stack(1);
        ulong b0p = head != b0 && b0 >= 0 ? tags[b0] : ParserFeatures.NoneAtom;
        ulong s1p = head != s1 && s1 >= 0 ? tags[s1] : ParserFeatures.NoneAtom;
        f[k++] = FeatureHash.Combine(T[34], ds, dir);
        f[k++] = FeatureHash.Combine(T[35], hp, ds);
        f[k++] = FeatureHash.Combine(T[36], hs, dp);
        f[k++] = FeatureHash.Combine(T[37], hp, dp, b0p);
        f[k++] = FeatureHash.Combine(T[38], hp, dp, s1p);
        f[k++] = FeatureHash.Combine(T[39], dw, dll, drl);
        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong At(ReadOnlySpan<ulong> atoms, int index) => index >= 0 ? atoms[index] : ParserFeatures.NoneAtom;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Label(ArcHybridState state, ReadOnlySpan<ulong> labels, int word) =>
        word >= 0 ? labels[state.Labels[word]] : ParserFeatures.NoneAtom;

    private static int Bucket(int distance) => distance switch
    {
        <= 4 => distance,
        <= 6 => 5,
        <= 9 => 6,
        <= 14 => 7,
        _ => 8,
    };
}

using Wirewatch.Models.Hashing;

namespace Wirewatch.Models.Tagging;

/// <summary>
/// Feature templates of the tagger. Pass one sees the words around a token and the tags already predicted to
/// its left; pass two also sees pass one's tags to its right. Template ids are part of the model format.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Atoms are stored with this many padding positions on each side of the sentence.</summary>
    public const int Pad = 2;

    public const int MaxFeatures = 72;

    private static readonly ulong[] T = FeatureHash.Templates(1000, 64);
    private static readonly TokenAtoms Start = MakePad("<s>");
    private static readonly TokenAtoms End = MakePad("</s>");

    /// <summary>Fills <paramref name="atoms"/>[Pad..Pad+n) from the words and the padding around them.</summary>
    /// <returns>The sentence's capitalisation profile (0 ordinary, 1 mostly title case, 2 mostly upper case), hashed: headlines and shouted text capitalise common nouns.</returns>
    public static ulong ComputeAtoms(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<TokenAtoms> atoms, TaggerLexicon lexicon)
    {
        int letters = 0, title = 0, upper = 0;
        int n = starts.Length;
        atoms[0] = Start;
        atoms[1] = Start;
        atoms[n + Pad] = End;
        atoms[n + Pad + 1] = End;
        for (int i = 0; i < n; i++)
        {
            var word = text[starts[i]..ends[i]];
            ref var a = ref atoms[i + Pad];
            a.Lower = FeatureHash.LowerChars(word);
            a.Exact = FeatureHash.Chars(word);
            int len = word.Length;
            a.Suffix1 = FeatureHash.LowerChars(word[Math.Max(0, len - 1)..]);
            a.Suffix2 = FeatureHash.LowerChars(word[Math.Max(0, len - 2)..]);
            a.Suffix3 = FeatureHash.LowerChars(word[Math.Max(0, len - 3)..]);
            a.Suffix4 = FeatureHash.LowerChars(word[Math.Max(0, len - 4)..]);
            a.Prefix1 = FeatureHash.LowerChars(word[..Math.Min(len, 1)]);
            a.Prefix2 = FeatureHash.LowerChars(word[..Math.Min(len, 2)]);
            a.Prefix3 = FeatureHash.LowerChars(word[..Math.Min(len, 3)]);
            a.Shape = WordShape.Hash(word);
            a.Ambiguity = lexicon.Ambiguity(word);
            if (lexicon.Clusters is null || !lexicon.Clusters.Lookup(word, out a.CoarseCluster, out a.Cluster))
            {
                a.Cluster = a.CoarseCluster = 0;
            }
            if (char.IsLetter(word[0]))
            {
                letters++;
                if (char.IsUpper(word[0]))
                {
                    title++;
                    upper += len > 1 && !word.ContainsAnyInRange('a', 'z') ? 1 : 0;
                }
            }
        }

        int profile = letters < 3 ? 0 : upper * 5 >= letters * 4 ? 2 : title * 2 >= letters ? 1 : 0;
        return FeatureHash.Int(profile);
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/> and returns how many. <paramref name="tags"/> holds the
    /// tag atoms (already hashed) with the same padding as the atoms: left of <paramref name="i"/> the tags of
    /// this pass, right of it pass one's tags (pass two only).
    /// </summary>
    public static int Extract(ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> rightTags, int i, int n, ulong profile, bool secondPass, Span<ulong> features)
    {
        int p = i + Pad;
        ref readonly var w = ref atoms[p];
        ref readonly var wm1 = ref atoms[p - 1];
        ref readonly var wm2 = ref atoms[p - 2];
        ref readonly var wp1 = ref atoms[p + 1];
        ref readonly var wp2 = ref atoms[p + 2];
        ulong t1 = tags[p - 1];
        ulong t2 = tags[p - 2];
        int k = 0;
        features[k++] = T[0];
        features[k++] = FeatureHash.Combine(T[1], w.Lower);
        features[k++] = FeatureHash.Combine(T[2], w.Exact);
        features[k++] = FeatureHash.Combine(T[3], w.Suffix1);
        features[k++] = FeatureHash.Combine(T[4], w.Suffix2);
        features[k++] = FeatureHash.Combine(T[5], w.Suffix3);
        features[k++] = FeatureHash.Combine(T[6], w.Suffix4);
        features[k++] = FeatureHash.Combine(T[7], w.Prefix1);
        features[k++] = FeatureHash.Combine(T[8], w.Prefix2);
        features[k++] = FeatureHash.Combine(T[9], w.Prefix3);
        features[k++] = FeatureHash.Combine(T[10], w.Shape);
        features[k++] = FeatureHash.Combine(T[11], wm1.Lower);
        features[k++] = FeatureHash.Combine(T[12], wm2.Lower);
        features[k++] = FeatureHash.Combine(T[13], wp1.Lower);
        features[k++] = FeatureHash.Combine(T[14], wp2.Lower);
        features[k++] = FeatureHash.Combine(T[15], wm1.Suffix3);
        features[k++] = FeatureHash.Combine(T[16], wp1.Suffix3);
        features[k++] = FeatureHash.Combine(T[17], t1);
        features[k++] = FeatureHash.Combine(T[18], t2);
        features[k++] = FeatureHash.Combine(T[19], t1, t2);
        features[k++] = FeatureHash.Combine(T[20], t1, w.Lower);
        features[k++] = FeatureHash.Combine(T[21], wm1.Lower, w.Lower);
        features[k++] = FeatureHash.Combine(T[22], w.Lower, wp1.Lower);
        features[k++] = FeatureHash.Combine(T[23], wp1.Shape);
        features[k++] = FeatureHash.Combine(T[24], wm1.Shape);
        features[k++] = FeatureHash.Combine(T[25], i == 0 ? 1UL : 0UL, w.Shape);
        features[k++] = FeatureHash.Combine(T[26], t1, w.Suffix3);
        features[k++] = FeatureHash.Combine(T[27], i == n - 1 ? 1UL : 0UL, w.Shape);
        features[k++] = FeatureHash.Combine(T[31], profile, w.Shape);
        features[k++] = FeatureHash.Combine(T[32], profile, w.Suffix3);
        if (w.Ambiguity != TaggerLexicon.UnknownAmbiguity || wp1.Ambiguity != TaggerLexicon.UnknownAmbiguity)
        {
            features[k++] = FeatureHash.Combine(T[52], w.Ambiguity);
            features[k++] = FeatureHash.Combine(T[53], wp1.Ambiguity);
            features[k++] = FeatureHash.Combine(T[54], wp2.Ambiguity);
            features[k++] = FeatureHash.Combine(T[55], w.Ambiguity, wp1.Ambiguity);
            features[k++] = FeatureHash.Combine(T[56], t1, w.Ambiguity);
            features[k++] = FeatureHash.Combine(T[57], w.Ambiguity, w.Shape);
            features[k++] = FeatureHash.Combine(T[58], wp1.Ambiguity, w.Lower);
        }

        if (w.Cluster != 0)
        {
            features[k++] = FeatureHash.Combine(T[28], w.Cluster);
            features[k++] = FeatureHash.Combine(T[48], w.CoarseCluster);
            features[k++] = FeatureHash.Combine(T[49], t1, w.CoarseCluster);
        }

        if (wm1.Cluster != 0)
        {
            features[k++] = FeatureHash.Combine(T[29], wm1.Cluster);
        }

        if (wp1.Cluster != 0)
        {
            features[k++] = FeatureHash.Combine(T[30], wp1.Cluster);
            features[k++] = FeatureHash.Combine(T[50], wp1.CoarseCluster);
        }

        if (wp2.Cluster != 0)
        {
            features[k++] = FeatureHash.Combine(T[51], wp2.CoarseCluster);
        }

        if (secondPass)
        {
            ulong r1 = rightTags[p + 1];
            ulong r2 = rightTags[p + 2];
            features[k++] = FeatureHash.Combine(T[40], r1);
            features[k++] = FeatureHash.Combine(T[41], r2);
            features[k++] = FeatureHash.Combine(T[42], r1, r2);
            features[k++] = FeatureHash.Combine(T[43], t1, r1);
            features[k++] = FeatureHash.Combine(T[44], r1, w.Lower);
            features[k++] = FeatureHash.Combine(T[45], rightTags[p]);
            features[k++] = FeatureHash.Combine(T[46], r1, w.Suffix3);
            features[k++] = FeatureHash.Combine(T[47], r1, wp1.Lower);
        }

        return k;
    }

    private static TokenAtoms MakePad(string symbol)
    {
        ulong h = FeatureHash.Chars(symbol);
        return new TokenAtoms
        {
            Lower = h, Exact = h, Suffix1 = h, Suffix2 = h, Suffix3 = h, Suffix4 = h,
            Prefix1 = h, Prefix2 = h, Prefix3 = h, Shape = h, Cluster = h, CoarseCluster = h, Ambiguity = TaggerLexicon.UnknownAmbiguity,
        };
    }
}

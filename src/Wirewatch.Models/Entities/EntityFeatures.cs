using Wirewatch.Models.Hashing;

namespace Wirewatch.Models.Entities;

/// <summary>
/// Feature templates of the recognizer: the word and its neighbours (lower-cased, so capitals do not hide them),
/// shapes, affixes, case classes with a flag for lines in capitals, the labels already predicted to the left, the
/// label this word got earlier in the document, how the word is cased elsewhere in the document, and the caller's
/// lexicon flags (dictionary and gazetteer matches) of the word and its neighbours. Template ids are part of the
/// model format.
/// </summary>
internal static class EntityFeatures
{
    /// <summary>Atoms are stored with this many padding positions on each side of the sentence.</summary>
    public const int Pad = 2;

    /// <summary>Flag bits a token can carry.</summary>
    public const int FlagBits = 32;

    public const int MaxFeatures = 48 + (5 * FlagBits);

    private static readonly ulong[] T = FeatureHash.Templates(3000, 80);
    private static readonly EntityAtoms Start = MakePad("<s>");
    private static readonly EntityAtoms End = MakePad("</s>");

    /// <summary>Hashed previous-label values: index = label id + 1 (0 for the sentence start).</summary>
    private static readonly ulong[] LabelAtoms = MakeLabelAtoms();

    public static ulong LabelAtom(int label) => LabelAtoms[label + 1];

    /// <summary>Fills the atoms of one token (document-level fields are filled by the caller).</summary>
    public static void ComputeAtoms(ReadOnlySpan<char> word, ref EntityAtoms a, uint flags, Tagging.WordClusters? clusters)
    {
        a.Lower = FeatureHash.LowerChars(word);
        a.Shape = WordShape.Hash(word);
        int len = word.Length;
        a.Prefix2 = FeatureHash.LowerChars(word[..Math.Min(len, 2)]);
        a.Prefix3 = FeatureHash.LowerChars(word[..Math.Min(len, 3)]);
        a.Prefix4 = FeatureHash.LowerChars(word[..Math.Min(len, 4)]);
        a.Suffix2 = FeatureHash.LowerChars(word[Math.Max(0, len - 2)..]);
        a.Suffix3 = FeatureHash.LowerChars(word[Math.Max(0, len - 3)..]);
        a.Suffix4 = FeatureHash.LowerChars(word[Math.Max(0, len - 4)..]);
        a.Flags = flags;
        a.Cluster = a.CoarseCluster = 0;
        if (clusters is not null && clusters.Lookup(word, out ulong coarse, out ulong fine))
        {
            a.Cluster = fine;
            a.CoarseCluster = coarse;
        }

        a.Case = CaseOf(word);
    }

    public static byte CaseOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 3;
        }

        char first = word[0];
        if (char.IsLower(first))
        {
            foreach (char c in word)
            {
                if (char.IsUpper(c))
                {
                    return 4;
                }
            }

            return 0;
        }

        if (!char.IsUpper(first))
        {
            return 3;
        }

        bool lower = false, upperAfter = false;
        for (int i = 1; i < word.Length; i++)
        {
            lower |= char.IsLower(word[i]);
            upperAfter |= char.IsUpper(word[i]);
        }

        if (!lower)
        {
            return (byte)(word.Length == 1 ? 1 : 2);
        }

        return (byte)(upperAfter && char.IsLower(word[1]) ? 4 : 1);
    }

    public static void Pad2(Span<EntityAtoms> atoms, int n)
    {
        atoms[0] = Start;
        atoms[1] = Start;
        atoms[n + Pad] = End;
        atoms[n + Pad + 1] = End;
    }

    /// <summary>Writes the features of token <paramref name="i"/> of a sentence and returns how many.</summary>
    /// <param name="atoms">The sentence's atoms, padded by <see cref="Pad"/>.</param>
    /// <param name="i">Sentence-local index.</param>
    /// <param name="previous">The label predicted for token i-1 (or -1 at the start).</param>
    /// <param name="previous2">The label predicted for token i-2 (or -1).</param>
    /// <param name="memory">The type this word last got in the document (1 + type), 5 when it was left out, 0 when unseen.</param>
    /// <param name="features">Receives the features.</param>
    public static int Extract(ReadOnlySpan<EntityAtoms> atoms, int i, int previous, int previous2, int memory, Span<ulong> features)
    {
        int p = i + Pad;
        ref readonly var w = ref atoms[p];
        ref readonly var wm1 = ref atoms[p - 1];
        ref readonly var wm2 = ref atoms[p - 2];
        ref readonly var wp1 = ref atoms[p + 1];
        ref readonly var wp2 = ref atoms[p + 2];
        ulong t1 = LabelAtoms[previous + 1];
        ulong t2 = LabelAtoms[previous2 + 1];
        ulong caseW = (ulong)w.Case | ((ulong)w.CapsLine << 4) | ((ulong)w.Initial << 5);
        int k = 0;
        features[k++] = T[0];
        features[k++] = FeatureHash.Combine(T[1], w.Lower);
        features[k++] = FeatureHash.Combine(T[2], w.Shape);
        features[k++] = FeatureHash.Combine(T[3], w.Shape, caseW);
        features[k++] = FeatureHash.Combine(T[4], w.Prefix2);
        features[k++] = FeatureHash.Combine(T[5], w.Prefix3);
        features[k++] = FeatureHash.Combine(T[6], w.Prefix4);
        features[k++] = FeatureHash.Combine(T[7], w.Suffix2);
        features[k++] = FeatureHash.Combine(T[8], w.Suffix3);
        features[k++] = FeatureHash.Combine(T[9], w.Suffix4);
        features[k++] = FeatureHash.Combine(T[10], wm1.Lower);
        features[k++] = FeatureHash.Combine(T[11], wm2.Lower);
        features[k++] = FeatureHash.Combine(T[12], wp1.Lower);
        features[k++] = FeatureHash.Combine(T[13], wp2.Lower);
        features[k++] = FeatureHash.Combine(T[14], wm1.Shape);
        features[k++] = FeatureHash.Combine(T[15], wp1.Shape);
        features[k++] = FeatureHash.Combine(T[16], wm1.Lower, w.Lower);
        features[k++] = FeatureHash.Combine(T[17], w.Lower, wp1.Lower);
        features[k++] = FeatureHash.Combine(T[18], t1);
        features[k++] = FeatureHash.Combine(T[19], t1, t2);
        features[k++] = FeatureHash.Combine(T[20], t1, w.Lower);
        features[k++] = FeatureHash.Combine(T[21], t1, w.Shape);
        features[k++] = FeatureHash.Combine(T[22], wm1.Shape, w.Shape, wp1.Shape);
        features[k++] = FeatureHash.Combine(T[23], caseW, wm1.Case, wp1.Case);
        features[k++] = FeatureHash.Combine(T[24], (ulong)memory);
        features[k++] = FeatureHash.Combine(T[25], (ulong)memory, caseW);
        features[k++] = FeatureHash.Combine(T[26], w.DocumentCase, caseW);
        features[k++] = FeatureHash.Combine(T[27], t1, wp1.Lower);
        features[k++] = FeatureHash.Combine(T[28], wm1.Suffix3);
        features[k++] = FeatureHash.Combine(T[29], wp1.Suffix3);
        features[k++] = FeatureHash.Combine(T[30], wm1.Lower, w.Shape);
        features[k++] = FeatureHash.Combine(T[31], w.Shape, wp1.Lower);
        if (w.Cluster != 0)
        {
            features[k++] = FeatureHash.Combine(T[32], w.Cluster);
            features[k++] = FeatureHash.Combine(T[33], w.Cluster, caseW);
            features[k++] = FeatureHash.Combine(T[36], w.CoarseCluster);
            features[k++] = FeatureHash.Combine(T[37], w.CoarseCluster, caseW);
        }

        features[k++] = FeatureHash.Combine(T[34], wm1.Cluster);
        features[k++] = FeatureHash.Combine(T[35], wp1.Cluster);
        features[k++] = FeatureHash.Combine(T[38], wm1.CoarseCluster, wp1.CoarseCluster);
        features[k++] = FeatureHash.Combine(T[39], wm2.CoarseCluster);
        features[k++] = FeatureHash.Combine(T[43], wp2.CoarseCluster);
        features[k++] = FeatureHash.Combine(T[44], t1, w.CoarseCluster);

        k = AddFlags(w.Flags, T[40], caseW, t1, features, k, withCase: true);
        k = AddFlags(wm1.Flags, T[41], 0, 0, features, k, withCase: false);
        k = AddFlags(wp1.Flags, T[42], 0, 0, features, k, withCase: false);
        return k;
    }

    private static int AddFlags(uint flags, ulong template, ulong caseW, ulong t1, Span<ulong> features, int k, bool withCase)
    {
        while (flags != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(flags);
            flags &= flags - 1;
            features[k++] = FeatureHash.Combine(template, (ulong)bit);
            if (withCase)
            {
                features[k++] = FeatureHash.Combine(template, (ulong)bit, caseW);
                features[k++] = FeatureHash.Combine(template, (ulong)bit | 0x100, t1);
            }
        }

        return k;
    }

    private static ulong[] MakeLabelAtoms()
    {
        var atoms = new ulong[BilouLabels.Count + 1];
        atoms[0] = FeatureHash.Chars("<s>");
        for (int l = 0; l < BilouLabels.Count; l++)
        {
            atoms[l + 1] = FeatureHash.Chars(BilouLabels.Names[l]);
        }

        return atoms;
    }

    private static EntityAtoms MakePad(string symbol)
    {
        ulong h = FeatureHash.Chars(symbol);
        return new EntityAtoms
        {
            Lower = h, Shape = h, Prefix2 = h, Prefix3 = h, Prefix4 = h, Suffix2 = h, Suffix3 = h, Suffix4 = h, Cluster = 0,
            Flags = 0, Case = 7,
        };
    }
}

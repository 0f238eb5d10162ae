using Wirewatch.Models.Hashing;

namespace Wirewatch.Events.Templates;

/// <summary>
/// Feature templates of the role tagger. Template ids are part of the model format (muc4.roles.perceptron.v1).
/// </summary>
internal static class RoleFeatures
{
    public const int MaxFeatures = 48;

    private static readonly ulong[] T = FeatureHash.Templates(9000, 56);
    private static readonly ulong Boundary = FeatureHash.Chars("<b>");
    private static readonly ulong NoneAtom = FeatureHash.Chars("<none>");

    /// <summary>Writes the features of token <paramref name="i"/> given the two labels before it; returns the count.</summary>
    public static int Extract(RoleSequence s, int i, int prev, int prev2, Span<ulong> f)
    {
        int n = 0;
        int sentence = s.Sentence[i];
        ulong w0 = s.Lower[i];
        ulong wm1 = Near(s, i - 1, sentence, s.Lower);
        ulong wp1 = Near(s, i + 1, sentence, s.Lower);
        ulong wm2 = Near(s, i - 2, sentence, s.Lower);
        ulong wp2 = Near(s, i + 2, sentence, s.Lower);
        ulong p1 = FeatureHash.Int(prev);
        ulong p2 = FeatureHash.Int(prev2);
        f[n++] = T[0];
        f[n++] = FeatureHash.Combine(T[1], w0);
        f[n++] = FeatureHash.Combine(T[2], wm1);
        f[n++] = FeatureHash.Combine(T[3], wp1);
        f[n++] = FeatureHash.Combine(T[4], wm2);
        f[n++] = FeatureHash.Combine(T[5], wp2);
        f[n++] = FeatureHash.Combine(T[6], wm1, w0);
        f[n++] = FeatureHash.Combine(T[7], w0, wp1);
        f[n++] = FeatureHash.Combine(T[8], s.Suffix3[i]);
        f[n++] = FeatureHash.Combine(T[9], s.Suffix4[i]);
        f[n++] = FeatureHash.Combine(T[10], s.Shape[i]);
        f[n++] = FeatureHash.Combine(T[11], s.Fine[i]);
        f[n++] = FeatureHash.Combine(T[12], s.Coarse[i]);
        f[n++] = FeatureHash.Combine(T[13], Near(s, i - 1, sentence, s.Fine));
        f[n++] = FeatureHash.Combine(T[14], Near(s, i + 1, sentence, s.Fine));
        f[n++] = FeatureHash.Combine(T[15], p1);
        f[n++] = FeatureHash.Combine(T[16], p1, w0);
        f[n++] = FeatureHash.Combine(T[17], p1, p2);
        f[n++] = FeatureHash.Combine(T[32], s.Prefix4[i]);
        f[n++] = FeatureHash.Combine(T[35], p1, wm1);

        int lt = s.LeftTrigger[i], rt = s.RightTrigger[i];
        ulong ltClass = lt < 0 ? 0 : FeatureHash.Int(s.Trigger[lt]);
        ulong rtClass = rt < 0 ? 0 : FeatureHash.Int(s.Trigger[rt]);
        f[n++] = FeatureHash.Combine(T[18], ltClass, FeatureHash.Int(lt < 0 ? -1 : Bucket(i - lt)));
        f[n++] = FeatureHash.Combine(T[19], rtClass, FeatureHash.Int(rt < 0 ? -1 : Bucket(rt - i)));
        f[n++] = FeatureHash.Combine(T[20], lt < 0 ? NoneAtom : s.Lower[lt]);
        f[n++] = FeatureHash.Combine(T[21], rt < 0 ? NoneAtom : s.Lower[rt]);
        f[n++] = FeatureHash.Combine(T[28], ltClass, w0);
        f[n++] = FeatureHash.Combine(T[29], rtClass, w0);
        f[n++] = FeatureHash.Combine(T[33], ltClass, rtClass);
        f[n++] = FeatureHash.Combine(T[36], ltClass, rtClass, s.Fine[i]);

        int prep = s.LeftPreposition[i];
        ulong prepWord = prep < 0 ? NoneAtom : s.Lower[prep];
        f[n++] = FeatureHash.Combine(T[22], prepWord, FeatureHash.Int(prep < 0 ? -1 : Bucket(i - prep)));
        f[n++] = FeatureHash.Combine(T[23], prepWord, w0);
        f[n++] = FeatureHash.Combine(T[37], prepWord, ltClass);
        int past = s.LeftPast[i];
        ulong pastWord = past < 0 ? NoneAtom : s.Lower[past];
        f[n++] = FeatureHash.Combine(T[24], pastWord);
        f[n++] = FeatureHash.Combine(T[38], pastWord, prepWord);

        f[n++] = FeatureHash.Combine(T[25], FeatureHash.Int(Math.Min(sentence, 6)));
        f[n++] = FeatureHash.Combine(T[26], FeatureHash.Int(s.Seen[i] ? 1 : 0), s.Coarse[i]);
        f[n++] = FeatureHash.Combine(T[27], FeatureHash.Int(s.DocumentTriggers), FeatureHash.Int(lt >= 0 || rt >= 0 ? 1 : 0));
        f[n++] = FeatureHash.Combine(T[34], FeatureHash.Int(Math.Min(sentence, 6)), FeatureHash.Int(lt >= 0 || rt >= 0 ? 1 : 0));
        if (s.HasSyntax)
        {
            // Model v2: who is subject, object or "by" phrase of which attack word is what the roles are about.
            ulong rel = s.PhraseRelation[i];
            ulong gt = FeatureHash.Int(s.GovernorTrigger[i]);
            f[n++] = FeatureHash.Combine(T[39], s.Upos[i]);
            f[n++] = FeatureHash.Combine(T[40], s.Upos[i], Near(s, i - 1, sentence, s.Upos));
            f[n++] = FeatureHash.Combine(T[41], rel, s.Governor[i]);
            f[n++] = FeatureHash.Combine(T[42], rel, gt);
            f[n++] = FeatureHash.Combine(T[43], s.TriggerPath[i]);
            f[n++] = FeatureHash.Combine(T[44], s.TriggerPath[i], s.Upos[i]);
            f[n++] = FeatureHash.Combine(T[45], rel, s.Governor[i], p1);
            f[n++] = FeatureHash.Combine(T[46], s.TriggerPath[i], w0);
            f[n++] = FeatureHash.Combine(T[47], rel, s.Governor[i], w0);
        }

        return n;
    }

    private static ulong Near(RoleSequence s, int j, int sentence, ulong[] atoms) =>
        j < 0 || j >= s.Count || s.Sentence[j] != sentence ? Boundary : atoms[j];

    private static int Bucket(int distance) => distance switch
    {
        <= 1 => 1,
        2 => 2,
        <= 4 => 3,
        <= 8 => 4,
        _ => 5,
    };
}

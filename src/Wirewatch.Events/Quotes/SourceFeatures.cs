using Wirewatch.Core.Documents;
using Wirewatch.Models.Hashing;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The source (speaker) chooser's candidates and features. For one attribution (its cue token and content) the candidates
/// are the nominal tokens of the cue's sentence outside the content (nouns, names, pronouns; parts of a compound or a
/// name only when they hang on the cue itself, "Trump claims", or on a word of the content); the features describe each one's dependency path to the
/// cue, relation, tag, entity label, side and distance, how many candidates lie between it and the cue, and whether the
/// rules' speaker holds it. Template ids are part of the model format: never renumber them.
/// </summary>
internal static class SourceFeatures
{
    /// <summary>Room for the features of one candidate.</summary>
    public const int MaxFeatures = 32;

    /// <summary>The most tokens a candidate may lie from its cue.</summary>
    public const int Window = 40;

    private const int MaxPath = 4;

    private static readonly ulong[] Templates = FeatureHash.Templates(7100, 32);

    /// <summary>Appends the candidate source tokens of cue <paramref name="cue"/> (text order) to <paramref name="into"/>.</summary>
    /// <param name="p">The parsed document.</param>
    /// <param name="cue">The cue token.</param>
    /// <param name="content">Per token, true inside the attribution's content.</param>
    /// <param name="into">The list to fill.</param>
    public static void Candidates(ParsedDocument p, int cue, ReadOnlySpan<bool> content, List<int> into)
    {
        int sentence = p.SentenceOf[cue];
        int first = Math.Max(p.Sentences.FirstToken(sentence), cue - Window);
        int end = Math.Min(p.Sentences.EndToken(sentence), cue + Window + 1);
        for (int u = first; u < end; u++)
        {
            if (u == cue || content[u])
            {
                continue;
            }

            var rel = p.BaseRelation(u);
            // A subject the tagger took for an adjective is still a mention: '"...," the official said.'
            if (p.Upos[u] is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON)
                && !(p.Upos[u] is UniversalPos.ADJ && rel.SequenceEqual("nsubj")))
            {
                continue;
            }

            // A part of a name or compound is its phrase's head's business, unless it hangs on the cue ("Trump claims") or
            // the parser hung it inside the content ("... Donald Trump," Cruz wrote: Cruz flat under Donald).
            if ((rel.SequenceEqual("compound") || rel.SequenceEqual("flat") || rel.SequenceEqual("fixed") || rel.SequenceEqual("goeswith"))
                && p.Heads[u] != cue && !(p.Heads[u] >= 0 && content[p.Heads[u]]))
            {
                continue;
            }

            into.Add(u);
        }
    }

    /// <summary>Writes the features of candidate <paramref name="u"/> into <paramref name="f"/>; returns how many.</summary>
    /// <param name="p">The parsed document.</param>
    /// <param name="cue">The cue token.</param>
    /// <param name="u">The candidate token.</param>
    /// <param name="between">Candidates between <paramref name="u"/> and the cue.</param>
    /// <param name="direct">Whether the content is a quotation.</param>
    /// <param name="content">Per token, true inside the content.</param>
    /// <param name="rule">The rules' speaker span as tokens, or (-1, -1).</param>
    /// <param name="f">Room for <see cref="MaxFeatures"/> features.</param>
    public static int Extract(ParsedDocument p, int cue, int u, int between, bool direct, ReadOnlySpan<bool> content, (int First, int Last) rule, Span<ulong> f)
    {
        int n = 0;
        ulong path = PathHash(p, cue, u);
        ulong lemma = FeatureHash.Chars(p.Lemma[cue]);
        ulong cuePos = FeatureHash.Int((int)p.Upos[cue]);
        ulong rel = FeatureHash.Chars(p.Relations[u]);
        ulong pos = FeatureHash.Int((int)p.Upos[u]);
        ulong style = FeatureHash.Int(direct ? 1 : 0);
        bool before = u < cue;
        int distance = before ? cue - u : u - cue;
        ulong side = FeatureHash.Int(before ? 1 : 0);
        ulong distanceBucket = FeatureHash.Int(Bucket(distance));
        ulong rank = FeatureHash.Int(Math.Min(between, 3));
        int entity = p.Entities?.EntityOfToken(u) ?? -1;
        ulong label = entity >= 0 ? FeatureHash.Int((int)p.Entities!.Entities[entity].Label) : FeatureHash.Int(-1);
        ulong word = p.Upos[u] == UniversalPos.PRON ? FeatureHash.LowerChars(p.Chars(u)) : FeatureHash.Int(-2);
        ulong lowerWord = FeatureHash.LowerChars(p.Chars(u));
        int agree = rule.First < 0 ? 0 : u >= rule.First && u <= rule.Last ? 2 : 1;
        ulong agreeHash = FeatureHash.Int(agree);

        // Where the candidate sits against the content: between it and the cue ("...," X said), beyond the content, or elsewhere.
        bool contentBetween = false;
        int lo = Math.Min(u, cue), hi = Math.Max(u, cue);
        for (int k = lo + 1; k < hi; k++)
        {
            if (content[k])
            {
                contentBetween = true;
                break;
            }
        }

        int inside = contentBetween ? 1 : 0;
        int commas = 0;
        for (int k = lo + 1; k < hi; k++)
        {
            if (p.Chars(k).SequenceEqual(","))
            {
                commas++;
            }
        }

        ulong commaBucket = FeatureHash.Int(Math.Min(commas, 3));
        int caseChild = -1;
        foreach (int c in p.Children(u))
        {
            if (p.Relations[c] == "case")
            {
                caseChild = c;
                break;
            }
        }

        ulong preposition = caseChild >= 0 ? FeatureHash.Chars(p.Lemma[caseChild]) : FeatureHash.Int(-1);
        var chars = p.Chars(u);
        bool capital = chars.Length > 0 && char.IsUpper(chars[0]);

        f[n++] = FeatureHash.Combine(Templates[0], path);
        f[n++] = FeatureHash.Combine(Templates[1], path, lemma);
        f[n++] = FeatureHash.Combine(Templates[2], path, style);
        f[n++] = FeatureHash.Combine(Templates[3], path, cuePos);
        f[n++] = FeatureHash.Combine(Templates[4], rel, pos);
        f[n++] = FeatureHash.Combine(Templates[5], word, path);
        f[n++] = FeatureHash.Combine(Templates[6], label);
        f[n++] = FeatureHash.Combine(Templates[7], label, path);
        f[n++] = FeatureHash.Combine(Templates[8], side, distanceBucket);
        f[n++] = FeatureHash.Combine(Templates[9], side, rank);
        f[n++] = FeatureHash.Combine(Templates[10], side, rank, style);
        f[n++] = FeatureHash.Combine(Templates[11], FeatureHash.Int(inside), side, style);
        f[n++] = FeatureHash.Combine(Templates[12], agreeHash);
        f[n++] = FeatureHash.Combine(Templates[13], agreeHash, style, cuePos);
        f[n++] = FeatureHash.Combine(Templates[14], agreeHash, path);
        f[n++] = FeatureHash.Combine(Templates[15], cuePos, rel, side);
        f[n++] = FeatureHash.Combine(Templates[16], lowerWord, side);
        f[n++] = FeatureHash.Combine(Templates[17], lemma, side, rank);
        f[n++] = FeatureHash.Combine(Templates[18], commaBucket, side, style);
        f[n++] = FeatureHash.Combine(Templates[19], preposition, path);
        f[n++] = FeatureHash.Combine(Templates[20], preposition, lemma);
        f[n++] = FeatureHash.Combine(Templates[21], FeatureHash.Int(capital ? 1 : 0), pos, label);
        f[n++] = FeatureHash.Combine(Templates[22], lemma, rel);
        f[n++] = FeatureHash.Combine(Templates[23], FeatureHash.Int(distance <= 3 ? distance : 4), side, cuePos);
        f[n++] = FeatureHash.Combine(Templates[24], rank, agreeHash);
        f[n++] = FeatureHash.Combine(Templates[25], style, label, side);
        f[n++] = FeatureHash.Combine(Templates[26], FeatureHash.Chars(p.Relations[cue]), path);
        return n;
    }

    // The dependency path from the cue up to the lowest common ancestor and down to the candidate, as relations; paths
    // longer than MaxPath steps on either side are one value.
    private static ulong PathHash(ParsedDocument p, int cue, int u)
    {
        Span<int> up = stackalloc int[MaxPath + 1];
        int count = 0;
        for (int t = cue; t >= 0 && count <= MaxPath; t = p.Heads[t])
        {
            up[count++] = t;
        }

        ulong hash = FeatureHash.Int(-7);
        Span<ulong> down = stackalloc ulong[MaxPath + 1];
        int downSteps = 0;
        for (int t = u; t >= 0 && downSteps <= MaxPath; t = p.Heads[t], downSteps++)
        {
            int at = up[..count].IndexOf(t);
            if (at < 0)
            {
                continue;
            }

            // Up from the cue: `at` steps; down to the candidate: downSteps steps.
            for (int k = 0; k < at; k++)
            {
                hash = FeatureHash.Combine(hash, FeatureHash.Chars(p.BaseRelation(up[k])), 1);
            }

            int d = u;
            for (int k = 0; k < downSteps; k++)
            {
                down[k] = FeatureHash.Chars(p.BaseRelation(d));
                d = p.Heads[d];
            }

            for (int k = downSteps - 1; k >= 0; k--)
            {
                hash = FeatureHash.Combine(hash, down[k], 2);
            }

            return hash;
        }

        return FeatureHash.Int(-8);
    }

    private static int Bucket(int distance) => distance switch
    {
        1 => 0,
        2 => 1,
        <= 4 => 2,
        <= 8 => 3,
        <= 16 => 4,
        _ => 5,
    };
}

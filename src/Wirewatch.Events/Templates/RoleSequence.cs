using Wirewatch.Models.Hashing;
using Wirewatch.Models.Tagging;
using Wirewatch.Text;

namespace Wirewatch.Events.Templates;

/// <summary>
/// One document prepared for the role tagger: tokens, sentences and the per-token hashed atoms and context positions
/// (nearest trigger words, preposition and past-tense word) that the features read. Built once per document.
/// </summary>
internal sealed class RoleSequence
{
    private const int ContextWindow = 8;

    private static readonly NewsTokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    private RoleSequence(string text, int[] starts, int[] ends)
    {
        Text = text;
        Starts = starts;
        Ends = ends;
        int n = starts.Length;
        Sentence = new int[n];
        Lower = new ulong[n];
        Shape = new ulong[n];
        Suffix3 = new ulong[n];
        Suffix4 = new ulong[n];
        Prefix4 = new ulong[n];
        Fine = new ulong[n];
        Coarse = new ulong[n];
        Trigger = new int[n];
        LeftTrigger = new int[n];
        RightTrigger = new int[n];
        LeftPreposition = new int[n];
        LeftPast = new int[n];
        Seen = new bool[n];
    }

    public string Text { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public int Count => Starts.Length;

    public int[] Sentence { get; }

    public ulong[] Lower { get; }

    public ulong[] Shape { get; }

    public ulong[] Suffix3 { get; }

    public ulong[] Suffix4 { get; }

    public ulong[] Prefix4 { get; }

    public ulong[] Fine { get; }

    public ulong[] Coarse { get; }

    /// <summary>Trigger class of the token (0 = none).</summary>
    public int[] Trigger { get; }

    /// <summary>Nearest trigger token to the left in the sentence, or -1.</summary>
    public int[] LeftTrigger { get; }

    /// <summary>Nearest trigger token to the right in the sentence, or -1.</summary>
    public int[] RightTrigger { get; }

    /// <summary>Nearest preposition within a few tokens to the left in the sentence, or -1.</summary>
    public int[] LeftPreposition { get; }

    /// <summary>Nearest word ending in "-ed" within a few tokens to the left in the sentence, or -1.</summary>
    public int[] LeftPast { get; }

    /// <summary>True when the same word occurred earlier in the document.</summary>
    public bool[] Seen { get; }

    /// <summary>Bucket of the number of trigger words in the whole document (how "eventful" it is).</summary>
    public int DocumentTriggers { get; private set; }

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Starts[i], Ends[i] - Starts[i]);

    public static RoleSequence Create(string text, WordClusters? clusters)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Splitter.Split(text, tokens);
        var seq = new RoleSequence(text, tokens.Starts.ToArray(), tokens.Ends.ToArray());
        int n = seq.Count;
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int i = sentences.FirstToken(s); i < sentences.EndToken(s); i++)
            {
                seq.Sentence[i] = s;
            }
        }

        var seen = new HashSet<ulong>();
        int triggers = 0;
        Span<char> lower = stackalloc char[64];
        for (int i = 0; i < n; i++)
        {
            var word = seq.Word(i);
            int len = word.Length;
            seq.Lower[i] = FeatureHash.LowerChars(word);
            seq.Shape[i] = WordShape.Hash(word);
            seq.Suffix3[i] = FeatureHash.LowerChars(word[Math.Max(0, len - 3)..]);
            seq.Suffix4[i] = FeatureHash.LowerChars(word[Math.Max(0, len - 4)..]);
            seq.Prefix4[i] = FeatureHash.LowerChars(word[..Math.Min(len, 4)]);
            if (clusters is not null && clusters.Lookup(word, out ulong coarse, out ulong fine))
            {
                seq.Coarse[i] = coarse;
                seq.Fine[i] = fine;
            }

            seq.Seen[i] = !seen.Add(seq.Lower[i]);
            if (len <= lower.Length)
            {
                var w = lower[..len];
                for (int k = 0; k < len; k++)
                {
                    w[k] = FeatureHash.ToLower(word[k]);
                }

                if (RoleLexicon.TriggerLookup.TryGetValue(w, out int cls))
                {
                    seq.Trigger[i] = cls;
                    triggers++;
                }
            }
        }

        seq.DocumentTriggers = triggers == 0 ? 0 : triggers < 3 ? 1 : triggers < 8 ? 2 : 3;
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = sentences.FirstToken(s), end = sentences.EndToken(s);
            int last = -1, prep = -1, past = -1;
            for (int i = first; i < end; i++)
            {
                seq.LeftTrigger[i] = last;
                seq.LeftPreposition[i] = prep >= 0 && i - prep <= ContextWindow ? prep : -1;
                seq.LeftPast[i] = past >= 0 && i - past <= ContextWindow ? past : -1;
                if (seq.Trigger[i] != 0)
                {
                    last = i;
                }

                var word = seq.Word(i);
                if (word.Length <= 12 && IsPreposition(word))
                {
                    prep = i;
                }

                if (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                {
                    past = i;
                }
            }

            last = -1;
            for (int i = end - 1; i >= first; i--)
            {
                seq.RightTrigger[i] = last;
                if (seq.Trigger[i] != 0)
                {
                    last = i;
                }
            }
        }

        return seq;
    }

    private static bool IsPreposition(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[12];
        for (int k = 0; k < word.Length; k++)
        {
            lower[k] = FeatureHash.ToLower(word[k]);
        }

        return RoleLexicon.PrepositionLookup.Contains(lower[..word.Length]);
    }
}

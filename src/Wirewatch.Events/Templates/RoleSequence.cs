using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
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
        Upos = new ulong[n];
        PhraseRelation = new ulong[n];
        Governor = new ulong[n];
        GovernorTrigger = new int[n];
        TriggerPath = new ulong[n];
    }

    /// <summary>Whether the syntax arrays below were filled from a parse (model v2); otherwise they hold zeros.</summary>
    public bool HasSyntax { get; private set; }

    /// <summary>Hashed UPOS of the token.</summary>
    public ulong[] Upos { get; }

    /// <summary>Hashed relation of the token's phrase head (climbing det, amod, compound, nummod, flat, case, conj) to its governor.</summary>
    public ulong[] PhraseRelation { get; }

    /// <summary>Hashed lemma of the phrase head's governor.</summary>
    public ulong[] Governor { get; }

    /// <summary>Trigger class of the phrase head's governor (0 = none).</summary>
    public int[] GovernorTrigger { get; }

    /// <summary>Hash of (trigger class, relation under the trigger, passive) for the nearest trigger above the phrase head within three steps, or 0.</summary>
    public ulong[] TriggerPath { get; }

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

    /// <summary>Prepares <paramref name="text"/>; with a <paramref name="syntax"/> pipeline (tokenizer, splitter, tagger, lemmatizer, parser) the syntax arrays are filled too.</summary>
    public static RoleSequence Create(string text, WordClusters? clusters, Pipeline? syntax = null)
    {
        TokenLayer tokens;
        SentenceLayer sentences;
        Document? parsed = null;
        if (syntax is null)
        {
            tokens = Tokenizer.Tokenize(text);
            sentences = Splitter.Split(text, tokens);
        }
        else
        {
            parsed = syntax.Process(new Document(text));
            tokens = parsed.TokenLayer;
            sentences = parsed.SentenceLayer;
        }

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

        if (parsed is not null)
        {
            seq.FillSyntax(parsed);
        }

        return seq;
    }

    private void FillSyntax(Document parsed)
    {
        var tags = parsed.Find<TagLayer>(LayerKind.Tags) ?? throw new InvalidOperationException("The syntax pipeline must tag.");
        var lemmas = parsed.Find<LemmaLayer>(LayerKind.Lemmas) ?? throw new InvalidOperationException("The syntax pipeline must lemmatize.");
        var deps = parsed.Find<DependencyLayer>(LayerKind.Dependencies) ?? throw new InvalidOperationException("The syntax pipeline must parse.");
        HasSyntax = true;
        for (int i = 0; i < Count; i++)
        {
            Upos[i] = FeatureHash.Int((int)tags.Upos(i));
            int h = i;
            for (int k = 0; k < 3 && deps.Head(h) >= 0 && IsPhraseInternal(deps.Relation(h)); k++)
            {
                h = deps.Head(h);
            }

            int g = deps.Head(h);
            PhraseRelation[i] = FeatureHash.Chars(deps.Relation(h));
            Governor[i] = g < 0 ? FeatureHash.Chars("<root>") : FeatureHash.LowerChars(lemmas.Lemma(g));
            GovernorTrigger[i] = g < 0 ? 0 : Trigger[g];

            // The nearest trigger above: "guerrillas" -nsubj-> "attacked"; "mayor" -obj-> "killed"; "by" phrases under a passive.
            int child = h, up = g;
            for (int k = 0; k < 3 && up >= 0; k++)
            {
                if (Trigger[up] != 0)
                {
                    bool passive = false;
                    foreach (int c in deps.Children(up))
                    {
                        passive |= deps.Relation(c) is "aux:pass" or "nsubj:pass";
                    }

                    TriggerPath[i] = FeatureHash.Combine(FeatureHash.Int(Trigger[up]), FeatureHash.Chars(deps.Relation(child)), FeatureHash.Int(passive ? 1 : 0));
                    break;
                }

                child = up;
                up = deps.Head(up);
            }
        }
    }

    private static bool IsPhraseInternal(string relation) =>
        relation is "det" or "amod" or "compound" or "nummod" or "flat" or "case" or "conj" or "cc" or "nmod:poss" or "det:poss" or "punct";

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

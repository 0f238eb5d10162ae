namespace Wirewatch.Models.Entities;

/// <summary>
/// One gold document for training or scoring the recognizer: its words joined by spaces (sentences by newlines),
/// token offsets, sentence boundaries, BILOU gold labels, and the lexicon flags the caller computes over the text.
/// </summary>
public sealed class EntityTrainingDocument
{
    private EntityTrainingDocument(string source, string text, int[] starts, int[] ends, int[] boundaries, int[] gold, bool lacksMisc)
    {
        Source = source;
        Text = text;
        Starts = starts;
        Ends = ends;
        Boundaries = boundaries;
        Gold = gold;
        LacksMisc = lacksMisc;
        Flags = new uint[starts.Length];
    }

    /// <summary>Which corpus the document comes from (for per-source figures).</summary>
    public string Source { get; }

    public string Text { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    /// <summary>First token of each sentence, then the token count.</summary>
    public int[] Boundaries { get; }

    /// <summary>BILOU label id per token.</summary>
    public int[] Gold { get; }

    /// <summary>True when the corpus does not mark MISC names, so an O in its gold may be an unmarked MISC name.</summary>
    public bool LacksMisc { get; }

    /// <summary>Whether the labels were predicted (self-training) rather than annotated: the source starts with <c>silver</c>.</summary>
    public bool IsSilver => Source.StartsWith("silver", StringComparison.Ordinal);

    /// <summary>Lexicon flags per token; zero until the caller fills them.</summary>
    public uint[] Flags { get; }

    public int TokenCount => Starts.Length;

    public int SentenceCount => Boundaries.Length - 1;

    /// <summary>The words of token <paramref name="i"/>.</summary>
    public string Word(int i) => Text[Starts[i]..Ends[i]];

    /// <summary>The gold names as document-wide spans.</summary>
    public List<EntitySpan> GoldSpans()
    {
        var spans = new List<EntitySpan>();
        for (int s = 0; s < SentenceCount; s++)
        {
            BilouLabels.Decode(Gold.AsSpan(Boundaries[s], Boundaries[s + 1] - Boundaries[s]), Boundaries[s], spans);
        }

        return spans;
    }

    /// <summary>Builds a document from sentences of words and their gold names (sentence-local spans, coarse type ids).</summary>
    public static EntityTrainingDocument Create(string source, IReadOnlyList<string[]> sentences, IReadOnlyList<List<EntitySpan>> names, bool lacksMisc)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(names);
        if (sentences.Count != names.Count)
        {
            throw new ArgumentException("Every sentence needs its list of names.", nameof(names));
        }

        int total = 0;
        foreach (var s in sentences)
        {
            total += s.Length;
        }

        var starts = new int[total];
        var ends = new int[total];
        var gold = new int[total];
        var boundaries = new int[sentences.Count + 1];
        var text = new System.Text.StringBuilder();
        int t = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            boundaries[s] = t;
            if (s > 0)
            {
                text.Append('\n');
            }

            var words = sentences[s];
            for (int w = 0; w < words.Length; w++)
            {
                if (string.IsNullOrEmpty(words[w]))
                {
                    throw new ArgumentException($"Sentence {s} has an empty word.", nameof(sentences));
                }

                if (w > 0)
                {
                    text.Append(' ');
                }

                starts[t + w] = text.Length;
                text.Append(words[w]);
                ends[t + w] = text.Length;
            }

            BilouLabels.Encode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(names[s]), gold.AsSpan(t, words.Length));
            t += words.Length;
        }

        boundaries[^1] = total;
        return new EntityTrainingDocument(source, text.ToString(), starts, ends, boundaries, gold, lacksMisc);
    }
}

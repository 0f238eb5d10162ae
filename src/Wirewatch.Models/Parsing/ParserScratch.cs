namespace Wirewatch.Models.Parsing;

/// <summary>Working buffers for parsing one sentence at a time; reused across sentences of a document.</summary>
internal sealed class ParserScratch
{
    public ParserScratch(int relationCount, int capacity = 64)
    {
        Scores = new float[ArcHybridTransitions.ClassCount];
        LabelScores = new float[Math.Max(1, relationCount)];
        Features = new ulong[ParserFeatures.MaxFeatures];
        LabelFeatures = new ulong[Parsing.LabelFeatures.MaxFeatures];
        State = new ArcHybridState(capacity + 1);
        Words = new ulong[capacity + 1];
        Tags = new ulong[capacity + 1];
        Clusters = new ulong[capacity + 1];
        CoarseClusters = new ulong[capacity + 1];
        Suffixes = new ulong[capacity + 1];
    }

    public ArcHybridState State { get; }

    public float[] Scores { get; }

    public float[] LabelScores { get; }

    public ulong[] LabelFeatures { get; }

    public ulong[] Features { get; }

    /// <summary>Word atoms, one per word and one for the root.</summary>
    public ulong[] Words { get; private set; }

    /// <summary>Tag atoms, one per word and one for the root.</summary>
    public ulong[] Tags { get; private set; }

    /// <summary>Fine and coarse cluster atoms, one per word and one for the root.</summary>
    public ulong[] Clusters { get; private set; }

    public ulong[] CoarseClusters { get; private set; }

    /// <summary>Hashes of the last three letters (lower-cased), one per word and one for the root.</summary>
    public ulong[] Suffixes { get; private set; }

    public void EnsureCapacity(int words)
    {
        if (words + 1 > Words.Length)
        {
            Words = new ulong[(words + 1) * 2];
            Tags = new ulong[(words + 1) * 2];
            Clusters = new ulong[(words + 1) * 2];
            CoarseClusters = new ulong[(words + 1) * 2];
            Suffixes = new ulong[(words + 1) * 2];
        }
    }
}

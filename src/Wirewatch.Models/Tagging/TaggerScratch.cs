namespace Wirewatch.Models.Tagging;

/// <summary>Working buffers for tagging one sentence at a time; one per thread or per document, reused across sentences.</summary>
internal sealed class TaggerScratch
{
    public TaggerScratch(int labelCount, int capacity = 64)
    {
        Scores = new float[labelCount];
        Features = new ulong[TaggerFeatures.MaxFeatures];
        Resize(capacity);
    }

    public TokenAtoms[] Atoms { get; private set; } = [];

    /// <summary>Hashed tags of the current pass, padded like <see cref="Atoms"/>.</summary>
    public ulong[] TagAtoms { get; private set; } = [];

    /// <summary>Hashed tags of pass one, padded like <see cref="Atoms"/>.</summary>
    public ulong[] FirstPassAtoms { get; private set; } = [];

    public int[] FirstPass { get; private set; } = [];

    /// <summary>Whether each token's tag came from the tag dictionary (and skips the classifier in both passes).</summary>
    public bool[] FromDictionary { get; private set; } = [];

    public float[] Scores { get; }

    public ulong[] Features { get; }

    public void EnsureCapacity(int tokens)
    {
        if (tokens + (2 * TaggerFeatures.Pad) > Atoms.Length)
        {
            Resize(Math.Max(tokens, Atoms.Length * 2));
        }
    }

    private void Resize(int tokens)
    {
        int padded = tokens + (2 * TaggerFeatures.Pad);
        Atoms = new TokenAtoms[padded];
        TagAtoms = new ulong[padded];
        FirstPassAtoms = new ulong[padded];
        FirstPass = new int[tokens];
        FromDictionary = new bool[tokens];
    }
}

namespace Wirewatch.Models.Entities;

/// <summary>Working buffers for recognising one document at a time; one per thread, reused across documents.</summary>
internal sealed class EntityScratch
{
    public EntityScratch(int capacity = 256)
    {
        Features = new ulong[EntityFeatures.MaxFeatures];
        Scores = new float[BilouLabels.Count];
        Resize(capacity);
    }

    /// <summary>Atoms of every token of the document, unpadded.</summary>
    public EntityAtoms[] Document { get; private set; } = [];

    /// <summary>Atoms of the current sentence, padded by <see cref="EntityFeatures.Pad"/>.</summary>
    public EntityAtoms[] Sentence { get; private set; } = [];

    public ulong[] Features { get; }

    public float[] Scores { get; }

    /// <summary>Lower-cased word hash → <see cref="EntityAtoms.DocumentCase"/> bits.</summary>
    public Dictionary<ulong, byte> DocumentCase { get; } = [];

    /// <summary>Lower-cased word hash → the label type it last got in this document (1 + type), or 5 for O.</summary>
    public Dictionary<ulong, byte> Memory { get; } = [];

    public void Reset(int tokens, int longestSentence)
    {
        if (tokens > Document.Length)
        {
            Document = new EntityAtoms[Math.Max(tokens, Document.Length * 2)];
        }

        if (longestSentence + (2 * EntityFeatures.Pad) > Sentence.Length)
        {
            Sentence = new EntityAtoms[Math.Max(longestSentence + (2 * EntityFeatures.Pad), Sentence.Length * 2)];
        }

        DocumentCase.Clear();
        Memory.Clear();
    }

    private void Resize(int tokens)
    {
        Document = new EntityAtoms[tokens];
        Sentence = new EntityAtoms[tokens + (2 * EntityFeatures.Pad)];
    }
}

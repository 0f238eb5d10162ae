namespace Wirewatch.Models.Entities;

/// <summary>Per-token hashes and classes that several recognizer features share, computed once per document.</summary>
internal struct EntityAtoms
{
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Prefix4;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Cluster;
    public ulong CoarseCluster;

    /// <summary>Opaque lexicon flags (dictionary and gazetteer matches) supplied by the caller.</summary>
    public uint Flags;

    /// <summary>0 lower-case start, 1 capitalised, 2 all capitals, 3 digit or other, 4 mixed (e.g. "iPhone").</summary>
    public byte Case;

    /// <summary>Bit 1: the word is seen capitalised inside a sentence elsewhere in the document; bit 2: seen in lower case.</summary>
    public byte DocumentCase;

    /// <summary>1 when the token's sentence is written in capitals (a headline).</summary>
    public byte CapsLine;

    /// <summary>1 for the first token of a sentence.</summary>
    public byte Initial;
}

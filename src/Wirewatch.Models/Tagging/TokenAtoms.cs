namespace Wirewatch.Models.Tagging;

/// <summary>Per-token hashes that several tagger features share, computed once per token.</summary>
internal struct TokenAtoms
{
    public ulong Lower;
    public ulong Exact;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Shape;
    public ulong Cluster;
    public ulong CoarseCluster;
    public ulong Ambiguity;
}

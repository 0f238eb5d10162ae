namespace Wirewatch.Geo.Gazetteer;

/// <summary>One entry a name can refer to, and how. Same layout as the packed posting (entry &lt;&lt; 2 | kind).</summary>
public readonly struct NameCandidate
{
    private readonly int _packed;

    public NameCandidate(int entry, NameKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entry);
        _packed = (entry << 2) | (int)kind;
    }

    /// <summary>The entry index in the gazetteer.</summary>
    public int Entry => _packed >>> 2;

    public NameKind Kind => (NameKind)(_packed & 3);

    internal int Packed => _packed;

    public override string ToString() => $"{Entry}:{Kind}";
}

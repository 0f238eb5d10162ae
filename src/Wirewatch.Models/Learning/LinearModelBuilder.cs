namespace Wirewatch.Models.Learning;

/// <summary>Collects feature rows (hash, classes, weights) and packs them into a <see cref="LinearModel"/>.</summary>
internal sealed class LinearModelBuilder
{
    private readonly int _classCount;
    private readonly List<ulong> _keys;
    private readonly List<int> _rowStarts = [];
    private readonly List<int> _classes = [];
    private readonly List<float> _weights = [];

    public LinearModelBuilder(int classCount, int featureHint)
    {
        _classCount = classCount;
        _keys = new List<ulong>(featureHint);
    }

    /// <summary>Adds one feature's row; classes and weights are parallel, each class at most once.</summary>
    public void Add(ulong feature, ReadOnlySpan<int> classes, ReadOnlySpan<float> weights)
    {
        _keys.Add(feature);
        _rowStarts.Add(_classes.Count);
        foreach (int c in classes)
        {
            _classes.Add(c);
        }

        foreach (float w in weights)
        {
            _weights.Add(w);
        }
    }

    public LinearModel Build()
    {
        int features = _keys.Count;
        // Load at most 0.5: a miss then probes about 2.5 slots and a hit 1.5, mostly in one cache line (at 0.7 a
        // miss probes about six; a quarter of the parser's lookups are misses).
        int capacity = Math.Max(16, (features * 2) + 1);
        var slots = new ulong[capacity];
        var entries = new List<uint>(features + _classes.Count);
        var classes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_classes);
        var weights = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_weights);
        for (int f = 0; f < features; f++)
        {
            int rowStart = _rowStarts[f];
            int rowEnd = f + 1 < features ? _rowStarts[f + 1] : _classes.Count;
            int start = entries.Count;
            AppendRow(entries, _classCount, classes[rowStart..rowEnd], weights[rowStart..rowEnd]);

            ulong feature = _keys[f];
            uint key = LinearModel.Fingerprint(feature);
            uint slot = LinearModel.Home(feature, (uint)capacity);
            while ((uint)slots[slot] != 0)
            {
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }

            slots[slot] = key | ((ulong)(uint)start << 32);
        }

        return new LinearModel(_classCount, features, slots, [.. entries]);
    }

    /// <summary>
    /// Appends one row: sparse (header = count, then class|bfloat16 per weight), or dense when it has weights for
    /// at least a quarter of the classes (header = flag|class count, then one bfloat16 per class, two to a uint).
    /// </summary>
    internal static void AppendRow(List<uint> entries, int classCount, ReadOnlySpan<int> classes, ReadOnlySpan<float> weights)
    {
        if (classes.Length * 4 >= classCount)
        {
            entries.Add(LinearModel.DenseRow | (uint)classCount);
            int first = entries.Count;
            for (int i = 0; i < LinearModel.DenseLength(classCount); i++)
            {
                entries.Add(0);
            }

            for (int i = 0; i < classes.Length; i++)
            {
                uint bits = LinearModel.Pack(0, weights[i]) >> 16;
                int c = classes[i];
                entries[first + (c / 2)] |= (c & 1) == 0 ? bits : bits << 16;
            }

            return;
        }

        entries.Add((uint)classes.Length);
        for (int i = 0; i < classes.Length; i++)
        {
            entries.Add(LinearModel.Pack(classes[i], weights[i]));
        }
    }
}

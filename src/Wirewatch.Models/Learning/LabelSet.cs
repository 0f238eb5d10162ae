using System.Collections.Frozen;

namespace Wirewatch.Models.Learning;

/// <summary>
/// A closed set of string labels numbered <c>0..Count-1</c>, with allocation-free lookup from spans.
/// A model stores its labels in this order, so ids in its weight tables stay valid.
/// </summary>
public sealed class LabelSet
{
    private readonly string[] _labels;
    private readonly FrozenDictionary<string, int> _ids;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIds;

    public LabelSet(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels = [.. labels];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _labels.Length; i++)
        {
            if (!ids.TryAdd(_labels[i], i))
            {
                throw new ArgumentException($"The label '{_labels[i]}' appears twice.", nameof(labels));
            }
        }

        _ids = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The distinct values of <paramref name="values"/>, sorted ordinally (a deterministic numbering).</summary>
    public static LabelSet FromValues(IEnumerable<string> values)
    {
        var distinct = new SortedSet<string>(values, StringComparer.Ordinal);
        return new LabelSet([.. distinct]);
    }

    public int Count => _labels.Length;

    public string this[int id] => _labels[id];

    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The id of <paramref name="label"/>, or -1.</summary>
    public int IdOf(string label) => _ids.TryGetValue(label, out int id) ? id : -1;

    /// <summary>The id of <paramref name="label"/>, or -1, without allocating.</summary>
    public int IdOf(ReadOnlySpan<char> label) => _spanIds.TryGetValue(label, out int id) ? id : -1;
}

using Wirewatch.Core.Errors;

namespace Wirewatch.Core.Documents;

/// <summary>A dependency tree per sentence: the head of each token (document-wide index, -1 for the root) and its UD relation.</summary>
public sealed class DependencyLayer : IAnnotationLayer
{
    private readonly int[] _heads;
    private readonly string[] _relations;

    // Children of every token in token order (compressed rows), built once here so that every reader of the
    // parse (events, attributes, quotes) shares one index instead of building its own per document.
    private readonly int[] _childStart;
    private readonly int[] _children;

    public DependencyLayer(int[] heads, string[] relations)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(relations);
        if (heads.Length != relations.Length)
        {
            throw new LayerConflictException("Head and relation arrays differ in length.");
        }

        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] < -1 || heads[i] >= heads.Length || heads[i] == i)
            {
                throw new LayerConflictException($"Token {i} has an invalid head {heads[i]}.");
            }
        }

        _heads = heads;
        _relations = relations;
        _childStart = new int[heads.Length + 1];
        foreach (int h in heads)
        {
            if (h >= 0)
            {
                _childStart[h + 1]++;
            }
        }

        for (int t = 0; t < heads.Length; t++)
        {
            _childStart[t + 1] += _childStart[t];
        }

        _children = new int[_childStart[heads.Length]];
        var fill = new int[heads.Length];
        for (int t = 0; t < heads.Length; t++)
        {
            int h = heads[t];
            if (h >= 0)
            {
                _children[_childStart[h] + fill[h]++] = t;
            }
        }
    }

    public LayerKind Kind => LayerKind.Dependencies;

    public int Count => _heads.Length;

    public int Head(int token) => _heads[token];

    /// <summary>The full UD relation, e.g. <c>nsubj:pass</c>.</summary>
    public string Relation(int token) => _relations[token];

    /// <summary>The tokens whose head is <paramref name="token"/>, in token order.</summary>
    public ReadOnlySpan<int> Children(int token) => _children.AsSpan(_childStart[token], _childStart[token + 1] - _childStart[token]);
}

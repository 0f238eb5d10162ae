using Wirewatch.Core.Errors;

namespace Wirewatch.Core.Documents;

/// <summary>A dependency tree per sentence: the head of each token (document-wide index, -1 for the root) and its UD relation.</summary>
public sealed class DependencyLayer : IAnnotationLayer
{
    private readonly int[] _heads;
    private readonly string[] _relations;

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
    }

    public LayerKind Kind => LayerKind.Dependencies;

    public int Count => _heads.Length;

    public int Head(int token) => _heads[token];

    /// <summary>The full UD relation, e.g. <c>nsubj:pass</c>.</summary>
    public string Relation(int token) => _relations[token];
}

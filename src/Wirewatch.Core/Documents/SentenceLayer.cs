using Wirewatch.Core.Errors;

namespace Wirewatch.Core.Documents;

/// <summary>Sentences as contiguous token ranges: sentence i covers tokens <c>[FirstToken(i), FirstToken(i + 1))</c>.</summary>
public sealed class SentenceLayer : IAnnotationLayer
{
    private readonly int[] _boundaries;

    /// <summary>
    /// <paramref name="boundaries"/> holds the first token of each sentence followed by the token count,
    /// so it has one more element than there are sentences. Takes ownership of the array.
    /// </summary>
    public SentenceLayer(int[] boundaries, int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        if (boundaries.Length == 0 || boundaries[0] != 0 || boundaries[^1] != tokenCount)
        {
            throw new LayerConflictException("Sentence boundaries must start at token 0 and end at the token count.");
        }

        for (int i = 1; i < boundaries.Length; i++)
        {
            if (boundaries[i] <= boundaries[i - 1])
            {
                throw new LayerConflictException($"Sentence {i - 1} is empty or out of order.");
            }
        }

        _boundaries = boundaries;
    }

    public LayerKind Kind => LayerKind.Sentences;

    public int Count => _boundaries.Length - 1;

    public int FirstToken(int sentence) => _boundaries[sentence];

    public int EndToken(int sentence) => _boundaries[sentence + 1];

    /// <summary>The sentence that holds token <paramref name="token"/>.</summary>
    public int SentenceOf(int token)
    {
        int index = Array.BinarySearch(_boundaries, token);
        return index >= 0 ? Math.Min(index, Count - 1) : ~index - 1;
    }
}

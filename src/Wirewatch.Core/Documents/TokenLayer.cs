using Wirewatch.Core.Errors;

namespace Wirewatch.Core.Documents;

/// <summary>Token boundaries: parallel arrays of start and end offsets, in text order, non-overlapping.</summary>
public sealed class TokenLayer : IAnnotationLayer
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    /// <summary>Takes ownership of the arrays; callers must not change them afterwards.</summary>
    public TokenLayer(int[] starts, int[] ends, int textLength)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        if (starts.Length != ends.Length)
        {
            throw new LayerConflictException("Token start and end arrays differ in length.");
        }

        int previousEnd = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] < previousEnd || ends[i] <= starts[i] || ends[i] > textLength)
            {
                throw new LayerConflictException($"Token {i} [{starts[i]}, {ends[i]}) is empty, out of order or outside the text.");
            }

            previousEnd = ends[i];
        }

        _starts = starts;
        _ends = ends;
    }

    public LayerKind Kind => LayerKind.Tokens;

    public int Count => _starts.Length;

    public ReadOnlySpan<int> Starts => _starts;

    public ReadOnlySpan<int> Ends => _ends;

    public int StartOf(int index) => _starts[index];

    public int EndOf(int index) => _ends[index];

    /// <summary>Index of the first token whose end is after <paramref name="offset"/>, or <see cref="Count"/>.</summary>
    public int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = _ends.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

namespace Wirewatch.Text;

/// <summary>
/// A reusable, growing pair of start/end offset arrays that the tokenizer writes into. Reusing one
/// buffer across documents makes tokenization allocation-free once the arrays are large enough.
/// Not thread-safe: use one buffer per thread.
/// </summary>
public sealed class TokenSpanBuffer
{
    private int[] _starts;
    private int[] _ends;

    // Scratch stack for suffixes peeled off the end of a chunk before its middle is emitted.
    private int[] _stack = new int[16];
    private int _stackCount;

    public TokenSpanBuffer(int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _starts = new int[Math.Max(capacity, 4)];
        _ends = new int[_starts.Length];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    public void Clear()
    {
        Count = 0;
        _stackCount = 0;
    }

    /// <summary>Copies the spans into new arrays sized to fit.</summary>
    public (int[] Starts, int[] Ends) ToArrays() => (Starts.ToArray(), Ends.ToArray());

    internal void Add(int start, int end)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _ends, _starts.Length);
        }

        _starts[Count] = start;
        _ends[Count] = end;
        Count++;
    }

    internal int StackCount => _stackCount;

    internal void Push(int start, int end)
    {
        if (_stackCount + 2 > _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_stackCount++] = start;
        _stack[_stackCount++] = end;
    }

    /// <summary>Emits the spans pushed since <paramref name="mark"/> in reverse push order, then drops them.</summary>
    internal void PopAllTo(int mark)
    {
        for (int i = _stackCount - 2; i >= mark; i -= 2)
        {
            Add(_stack[i], _stack[i + 1]);
        }

        _stackCount = mark;
    }
}

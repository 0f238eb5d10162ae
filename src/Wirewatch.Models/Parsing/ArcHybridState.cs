namespace Wirewatch.Models.Parsing;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the
/// artificial root at the end of the buffer (Ballesteros and Nivre 2013). Words are <c>0..n-1</c>; the root is
/// <c>n</c>. Transitions: SHIFT moves the buffer front onto the stack; LEFT-l makes the buffer front the head of
/// the stack top and pops it; RIGHT-l makes the second stack item the head of the top and pops it. LEFT onto
/// the root is allowed only when one word is left on the stack, so every tree has exactly one root word.
/// Besides heads and labels, it keeps what features read: the two left- and right-most children of each word,
/// its child counts and the set of labels on each side. Reused across sentences; not thread-safe.
/// </summary>
internal sealed class ArcHybridState
{
    public const int None = -1;

    private int[] _stack = [];

    public ArcHybridState(int capacity = 64) => Resize(capacity);

    /// <summary>The number of words; also the index of the root.</summary>
    public int Length { get; private set; }

    public int StackCount { get; private set; }

    /// <summary>The buffer front (<see cref="Length"/> when only the root is left).</summary>
    public int Buffer { get; private set; }

    public int[] Heads { get; private set; } = [];

    public int[] Labels { get; private set; } = [];

    public int[] LeftMost { get; private set; } = [];

    public int[] LeftMost2 { get; private set; } = [];

    public int[] RightMost { get; private set; } = [];

    public int[] RightMost2 { get; private set; } = [];

    public int[] LeftCount { get; private set; } = [];

    public int[] RightCount { get; private set; } = [];

    public ulong[] LeftLabels { get; private set; } = [];

    public ulong[] RightLabels { get; private set; } = [];

    public bool[] OnStack { get; private set; } = [];

    public bool IsTerminal => StackCount == 0 && Buffer == Length;

    public void Reset(int length)
    {
        if (length + 1 > Heads.Length)
        {
            Resize(Math.Max(length + 1, Heads.Length * 2));
        }

        Length = length;
        StackCount = 0;
        Buffer = 0;
        for (int i = 0; i <= length; i++)
        {
            Heads[i] = None;
            Labels[i] = None;
            LeftMost[i] = LeftMost2[i] = RightMost[i] = RightMost2[i] = None;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
            OnStack[i] = false;
        }
    }

    /// <summary>The stack item <paramref name="depth"/> below the top (0 = top), or <see cref="None"/>.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : None;

    /// <summary>The buffer item <paramref name="offset"/> after the front, the root (<see cref="Length"/>), or <see cref="None"/> past it.</summary>
    public int BufferAt(int offset) => Buffer + offset <= Length ? Buffer + offset : None;

    public bool CanShift => Buffer < Length;

    public bool CanLeft => StackCount > 0 && (Buffer < Length || StackCount == 1);

    public bool CanRight => StackCount > 1;

    public void Shift()
    {
        _stack[StackCount++] = Buffer;
        OnStack[Buffer] = true;
        Buffer++;
    }

    public void Left(int label)
    {
        int dependent = _stack[--StackCount];
        OnStack[dependent] = false;
        Attach(Buffer, dependent, label);
    }

    public void Right(int label)
    {
        int dependent = _stack[--StackCount];
        OnStack[dependent] = false;
        Attach(_stack[StackCount - 1], dependent, label);
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        ulong bit = 1UL << (label & 63);
        if (dependent < head)
        {
            // Left children arrive from the nearest outwards, so the newest is the left-most.
            LeftMost2[head] = LeftMost[head];
            LeftMost[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= bit;
        }
        else
        {
            // Right children arrive left to right, so the newest is the right-most.
            RightMost2[head] = RightMost[head];
            RightMost[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= bit;
        }
    }

    private void Resize(int capacity)
    {
        _stack = new int[capacity];
        Heads = new int[capacity];
        Labels = new int[capacity];
        LeftMost = new int[capacity];
        LeftMost2 = new int[capacity];
        RightMost = new int[capacity];
        RightMost2 = new int[capacity];
        LeftCount = new int[capacity];
        RightCount = new int[capacity];
        LeftLabels = new ulong[capacity];
        RightLabels = new ulong[capacity];
        OnStack = new bool[capacity];
    }
}

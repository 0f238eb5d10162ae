namespace Wirewatch.Models.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the cost of a transition is the number
/// of gold arcs it makes unreachable (plus one for a wrong label on a correct arc). It is exact for projective
/// gold trees, from any configuration, so the learner can follow its own mistakes during training.
/// </summary>
internal sealed class ArcHybridOracle
{
    private int[] _goldHeads = [];
    private int[] _goldLabels = [];
    private int[] _childStart = [];
    private int[] _children = [];
    private int[] _next = [];

    /// <summary>Loads a gold tree: 0-based heads with the root as <paramref name="length"/>.</summary>
    public void Reset(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, int length)
    {
        if (_goldHeads.Length < length + 1)
        {
            int capacity = Math.Max(length + 1, _goldHeads.Length * 2);
            _goldHeads = new int[capacity];
            _goldLabels = new int[capacity];
            _childStart = new int[capacity + 1];
            _children = new int[capacity];
            _next = new int[capacity + 1];
        }

        heads[..length].CopyTo(_goldHeads);
        labels[..length].CopyTo(_goldLabels);
        _goldHeads[length] = ArcHybridState.None;

        // Children of each node (root included), grouped by head: a counting sort.
        Array.Clear(_childStart, 0, length + 2);
        for (int d = 0; d < length; d++)
        {
            _childStart[_goldHeads[d] + 1]++;
        }

        for (int h = 0; h <= length; h++)
        {
            _childStart[h + 1] += _childStart[h];
        }

        Array.Copy(_childStart, _next, length + 1);
        for (int d = 0; d < length; d++)
        {
            _children[_next[_goldHeads[d]]++] = d;
        }
    }

    public int GoldHead(int word) => _goldHeads[word];

    public int GoldLabel(int word) => _goldLabels[word];

    /// <summary>Cost of SHIFT: the buffer front loses heads deeper than the stack top and every child on the stack.</summary>
    public int ShiftCost(ArcHybridState state)
    {
        int b = state.Buffer;
        int s0 = state.Stack(0);
        int cost = 0;
        int head = _goldHeads[b];
        if (head >= 0 && head != s0 && head < state.Length && state.OnStack[head])
        {
            cost++;
        }

        for (int i = _childStart[b]; i < _childStart[b + 1]; i++)
        {
            cost += state.OnStack[_children[i]] ? 1 : 0;
        }

        return cost;
    }

    /// <summary>Cost of LEFT (ignoring the label): the stack top loses a head in s1 or past the buffer front, and its children in the buffer.</summary>
    public int LeftCost(ArcHybridState state)
    {
        int s0 = state.Stack(0);
        int b = state.Buffer;
        int head = _goldHeads[s0];
        int cost = head != b && (head == state.Stack(1) || head > b) ? 1 : 0;
        return cost + ChildrenInBuffer(s0, b);
    }

    /// <summary>Cost of RIGHT (ignoring the label): the stack top loses a head in the buffer and its children there.</summary>
    public int RightCost(ArcHybridState state)
    {
        int s0 = state.Stack(0);
        int b = state.Buffer;
        int cost = _goldHeads[s0] >= b ? 1 : 0;
        return cost + ChildrenInBuffer(s0, b);
    }

    private int ChildrenInBuffer(int word, int buffer)
    {
        int count = 0;
        for (int i = _childStart[word]; i < _childStart[word + 1]; i++)
        {
            count += _children[i] >= buffer ? 1 : 0;
        }

        return count;
    }
}

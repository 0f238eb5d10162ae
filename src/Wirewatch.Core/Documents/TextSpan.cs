namespace Wirewatch.Core.Documents;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's original text.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"Invalid span [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}

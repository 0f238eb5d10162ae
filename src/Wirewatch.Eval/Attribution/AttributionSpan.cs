using Wirewatch.Core.Documents;

namespace Wirewatch.Eval.Attribution;

/// <summary>A possibly discontinuous span of a brat annotation (<c>10 20;25 40</c>): its parts in text order.</summary>
public sealed record AttributionSpan(IReadOnlyList<TextSpan> Parts)
{
    /// <summary>Characters covered by the parts.</summary>
    public int Length
    {
        get
        {
            int n = 0;
            foreach (var p in Parts)
            {
                n += p.Length;
            }

            return n;
        }
    }

    public static AttributionSpan Of(int start, int end) => new([new TextSpan(start, end)]);

    /// <summary>Characters covered by both spans.</summary>
    public int Overlap(AttributionSpan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int n = 0;
        foreach (var a in Parts)
        {
            foreach (var b in other.Parts)
            {
                int s = Math.Max(a.Start, b.Start), e = Math.Min(a.End, b.End);
                if (e > s)
                {
                    n += e - s;
                }
            }
        }

        return n;
    }
}

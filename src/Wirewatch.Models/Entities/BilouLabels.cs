namespace Wirewatch.Models.Entities;

/// <summary>
/// The recognizer's label scheme: O plus B(egin), I(nside), L(ast) and U(nit) for each coarse type
/// (PER, ORG, LOC, MISC). Label 0 is O; type t has labels <c>1 + 4t .. 4 + 4t</c> in the order B, I, L, U.
/// BILOU makes the last token of a name explicit, which a greedy decoder learns better than IOB (Ratinov and Roth 2009).
/// </summary>
public static class BilouLabels
{
    /// <summary>The coarse types, in id order; also their names in CoNLL output.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    public const int Outside = 0;

    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    /// <summary>1 + 4 × types.</summary>
    public static int Count => 1 + (4 * Types.Count);

    /// <summary>The label names in id order: O, B-PER, I-PER, L-PER, U-PER, B-ORG, ...</summary>
    public static IReadOnlyList<string> Names { get; } = MakeNames();

    /// <summary>The type id of a type name, or -1.</summary>
    public static int TypeId(ReadOnlySpan<char> type)
    {
        for (int t = 0; t < Types.Count; t++)
        {
            if (type.SequenceEqual(Types[t]))
            {
                return t;
            }
        }

        return -1;
    }

    public static int Label(int type, int part) => 1 + (4 * type) + part;

    /// <summary>The type of a label, or -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) >> 2;

    /// <summary>B, I, L or U of a label (undefined for O).</summary>
    public static int PartOf(int label) => (label - 1) & 3;

    /// <summary>True when a name may continue after <paramref name="label"/> (it is B or I).</summary>
    public static bool IsOpen(int label) => label != Outside && PartOf(label) is Begin or Inside;

    /// <summary>
    /// True when <paramref name="next"/> may follow <paramref name="previous"/> (use <see cref="Outside"/> before the
    /// first token): after B or I only I or L of the same type; elsewhere only O, B or U.
    /// </summary>
    public static bool IsAllowed(int previous, int next)
    {
        if (IsOpen(previous))
        {
            return next != Outside && TypeOf(next) == TypeOf(previous) && PartOf(next) is Inside or Last;
        }

        return next == Outside || PartOf(next) is Begin or Unit;
    }

    /// <summary>Writes the BILOU labels of <paramref name="spans"/> (sentence-local token indices) over <paramref name="labels"/>, which it clears first.</summary>
    public static void Encode(ReadOnlySpan<EntitySpan> spans, Span<int> labels)
    {
        labels.Clear();
        foreach (var span in spans)
        {
            if (span.End - span.First == 1)
            {
                labels[span.First] = Label(span.Type, Unit);
                continue;
            }

            labels[span.First] = Label(span.Type, Begin);
            for (int i = span.First + 1; i < span.End - 1; i++)
            {
                labels[i] = Label(span.Type, Inside);
            }

            labels[span.End - 1] = Label(span.Type, Last);
        }
    }

    /// <summary>
    /// Appends the names in a label sequence to <paramref name="output"/>, with token indices offset by
    /// <paramref name="offset"/>. Ill-formed sequences are repaired: a name runs from a B or U (or any label after O
    /// or after a finished name) until an L or U, a label of another type, or O.
    /// </summary>
    public static void Decode(ReadOnlySpan<int> labels, int offset, List<EntitySpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int start = -1, type = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            int t = TypeOf(label);
            if (start >= 0 && (t != type || PartOf(label) is Begin or Unit))
            {
                output.Add(new EntitySpan(offset + start, offset + i, type));
                start = -1;
            }

            if (t < 0)
            {
                continue;
            }

            if (start < 0)
            {
                start = i;
                type = t;
            }

            if (PartOf(label) is Last or Unit)
            {
                output.Add(new EntitySpan(offset + start, offset + i + 1, type));
                start = -1;
            }
        }

        if (start >= 0)
        {
            output.Add(new EntitySpan(offset + start, offset + labels.Length, type));
        }
    }

    private static string[] MakeNames()
    {
        var names = new List<string> { "O" };
        foreach (var type in Types)
        {
            names.Add("B-" + type);
            names.Add("I-" + type);
            names.Add("L-" + type);
            names.Add("U-" + type);
        }

        return [.. names];
    }
}

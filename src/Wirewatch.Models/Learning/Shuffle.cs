namespace Wirewatch.Models.Learning;

/// <summary>Deterministic in-place shuffling for training loops (a seeded <see cref="Random"/> gives the same order on every run).</summary>
public static class Shuffle
{
    /// <summary>Fisher–Yates shuffle of <paramref name="items"/>.</summary>
    public static void InPlace<T>(Span<T> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>The identity permutation <c>0..count-1</c>.</summary>
    public static int[] Identity(int count)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        return order;
    }
}

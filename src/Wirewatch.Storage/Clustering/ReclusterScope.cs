using System.Globalization;

namespace Wirewatch.Storage.Clustering;

/// <summary>
/// Which clusters a recluster rebuilds: those of one partition (country) or all, whose earliest member's date is
/// within [<see cref="From"/>, <see cref="To"/>] or any date. The events read are the scope's plus a halo of
/// <see cref="HaloDays"/> days on either side, so that clusters at the period's edges see the reports that decide
/// them; a cluster belongs to the scope that holds its earliest member, so adjacent periods never both claim it.
/// </summary>
public sealed record ReclusterScope
{
    /// <summary>
    /// Days read beyond each end of the period. A cluster spans at most <see cref="EventSimilarity.DayWindow"/> days
    /// around each member, and what an edge cluster takes depends on the clusters just before it; four windows
    /// cover such chains in practice (see docs/record.md for the limit).
    /// </summary>
    public const int HaloDays = 4 * EventSimilarity.DayWindow;

    /// <summary>Everything: the whole store.</summary>
    public static ReclusterScope All { get; } = new();

    /// <summary>The partition (country code, or <see cref="PartitionMap.NoCountry"/> for unplaced events); null for all.</summary>
    public string? Partition { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Whether this is the whole store.</summary>
    public bool IsAll => Partition is null && From is null && To is null;

    /// <summary>A scope for a country code as the user gives it (any case; "XXX" for unplaced events).</summary>
    public static ReclusterScope For(string? country, DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentException($"The period ends ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}).", nameof(to));
        }

        return new ReclusterScope { Partition = country is null ? null : PartitionMap.PartitionOf(country), From = from, To = to };
    }

    /// <summary>Whether a cluster whose earliest member is <paramref name="first"/> belongs to this scope.</summary>
    public bool Owns(ClusterCandidate first)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (Partition is not null && PartitionMap.PartitionOf(first.Country) != Partition)
        {
            return false;
        }

        if (From is null && To is null)
        {
            return true;
        }

        return first.Date is { } d && (From is null || d >= From) && (To is null || d <= To);
    }

    /// <summary>The period's first day to read, or null.</summary>
    public DateOnly? ReadFrom => From?.AddDays(-HaloDays);

    /// <summary>The period's last day to read, or null.</summary>
    public DateOnly? ReadTo => To?.AddDays(HaloDays);

    public override string ToString() =>
        (Partition ?? "all countries") + ", " +
        (From is null && To is null ? "all dates" : $"{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}");
}

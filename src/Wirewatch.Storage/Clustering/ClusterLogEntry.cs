namespace Wirewatch.Storage.Clustering;

/// <summary>
/// One committed transaction of the online clustering stage: which consumer held the partition's fence, from
/// when it got it (<paramref name="StartedAt"/>) to its last statement before the commit (<paramref name="CommittedAt"/>),
/// both read from the database's clock. Transactions of one partition must never overlap.
/// </summary>
/// <param name="Partition">The partition whose fence row the transaction locked.</param>
/// <param name="Consumer">The worker / consumer id given to the stage.</param>
/// <param name="MentionId">The candidate's mention id.</param>
/// <param name="Applied">False when the mention was a member already (a replay that changed nothing).</param>
/// <param name="StartedAt">When the fence was acquired.</param>
/// <param name="CommittedAt">The database clock at the transaction's last statement.</param>
public sealed record ClusterLogEntry(string Partition, string Consumer, string MentionId, bool Applied, DateTimeOffset StartedAt, DateTimeOffset CommittedAt)
{
    /// <summary>The first pair of entries of one partition whose intervals overlap, or null when none do.</summary>
    public static (ClusterLogEntry First, ClusterLogEntry Second)? FindOverlap(IEnumerable<ClusterLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = new List<ClusterLogEntry>(entries);
        sorted.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Partition, b.Partition);
            return c != 0 ? c : a.StartedAt.CompareTo(b.StartedAt);
        });

        for (int i = 1; i < sorted.Count; i++)
        {
            var (previous, current) = (sorted[i - 1], sorted[i]);
            if (previous.Partition == current.Partition && current.StartedAt < previous.CommittedAt)
            {
                return (previous, current);
            }
        }

        return null;
    }
}

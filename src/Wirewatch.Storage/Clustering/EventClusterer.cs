namespace Wirewatch.Storage.Clustering;

/// <summary>
/// Groups events of different articles into incidents. Deterministic: candidates are taken in canonical order
/// (date, then event id) and each joins the existing cluster of its partition (<see cref="PartitionMap"/>: the
/// event's country) whose members it matches best on average (every member within the date window, none from its
/// own article), or starts a new one. Partitions never mix (two countries never match, and an unplaced event only
/// meets other unplaced events), so clustering the whole store and clustering it country by country give the same
/// clusters.
/// </summary>
public static class EventClusterer
{
    /// <summary>Clusters the candidates; the result is in the canonical order of each cluster's earliest member.</summary>
    public static IReadOnlyList<EventCluster> Cluster(IEnumerable<ClusterCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ordered = new List<ClusterCandidate>(candidates);
        ordered.Sort(CanonicalOrder);

        var clusters = new List<EventCluster>();
        var byPartition = new Dictionary<string, List<EventCluster>>(StringComparer.Ordinal);
        foreach (var candidate in ordered)
        {
            var partition = PartitionMap.PartitionOf(candidate.Country);
            if (!byPartition.TryGetValue(partition, out var local))
            {
                local = [];
                byPartition.Add(partition, local);
            }

            var best = BestCluster(local, candidate);
            if (best is null)
            {
                var cluster = new EventCluster(candidate);
                local.Add(cluster);
                clusters.Add(cluster);
            }
            else
            {
                best.Add(candidate);
            }
        }

        return clusters;
    }

    /// <summary>The canonical order: event date (undated first), then event id (ordinal).</summary>
    public static int CanonicalOrder(ClusterCandidate? a, ClusterCandidate? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        int c = Nullable.Compare(a.Date, b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.EventId, b.EventId);
    }

    /// <summary>The cluster a new event joins, or null when it starts its own (also used incrementally).</summary>
    public static EventCluster? BestCluster(IReadOnlyList<EventCluster> clusters, ClusterCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(candidate);
        EventCluster? best = null;
        double bestScore = EventSimilarity.Threshold;
        // Clusters are in date order; only recent ones can be within the window, so scan from the end.
        for (int i = clusters.Count - 1; i >= 0; i--)
        {
            var cluster = clusters[i];
            if (cluster.HasArticle(candidate.ArticleId))
            {
                continue;
            }

            double sum = 0;
            bool compatible = true;
            foreach (var member in cluster.Members)
            {
                double s = EventSimilarity.Score(member, candidate);
                if (s < 0)
                {
                    compatible = false;
                    break;
                }

                sum += s;
            }

            double mean = compatible ? sum / cluster.Members.Count : -1;
            if (mean >= bestScore)
            {
                best = cluster;
                bestScore = mean;
            }
        }

        return best;
    }
}

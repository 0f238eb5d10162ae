namespace Wirewatch.Storage.Clustering;

/// <summary>
/// Groups events of different articles into incidents. Deterministic: candidates are taken in canonical order
/// (date, then event id) and each joins the existing cluster whose members it matches best on average (every
/// member within the date window, none from its own article), or starts a new one.
/// </summary>
public static class EventClusterer
{
    public static IReadOnlyList<EventCluster> Cluster(IEnumerable<ClusterCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ordered = new List<ClusterCandidate>(candidates);
        ordered.Sort(static (a, b) =>
        {
            int c = Nullable.Compare(a.Date, b.Date);
            return c != 0 ? c : string.CompareOrdinal(a.EventId, b.EventId);
        });

        var clusters = new List<EventCluster>();
        foreach (var candidate in ordered)
        {
            var best = BestCluster(clusters, candidate);
            if (best is null)
            {
                clusters.Add(new EventCluster(candidate));
            }
            else
            {
                best.Add(candidate);
            }
        }

        return clusters;
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

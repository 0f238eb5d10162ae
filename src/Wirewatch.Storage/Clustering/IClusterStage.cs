namespace Wirewatch.Storage.Clustering;

/// <summary>
/// The online clustering stage: folds one event candidate into the clusters of its partition. Calls for one
/// partition are serialised (one consumer, one message in flight, and a database fence against a late
/// zombie); calls for different partitions may run in parallel.
/// </summary>
public interface IClusterStage : IDisposable
{
    /// <summary>
    /// Adds the candidate to the best matching cluster of its partition, or starts a new one, in one
    /// transaction. Idempotent: a candidate whose mention is already a member changes nothing.
    /// </summary>
    void Apply(EventCandidate candidate, CancellationToken cancellationToken);
}

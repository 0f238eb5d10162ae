using Wirewatch.Core.Pipeline;
using Wirewatch.Storage;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Queue;

/// <summary>What a <see cref="QueueWorker"/> runs with.</summary>
public sealed record WorkerOptions
{
    public required Pipeline Pipeline { get; init; }

    /// <summary>Opens a store connection; each article thread gets its own.</summary>
    public required Func<IArticleStore> OpenStore { get; init; }

    /// <summary>Opens the cluster stage (one per worker process), or null to leave clustering to other workers.</summary>
    public Func<IClusterStage>? OpenClusterStage { get; init; }

    /// <summary>Article threads.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Stored with every output; defaults to <see cref="Queue.PipelineVersion.Of"/> of the pipeline.</summary>
    public string? PipelineVersion { get; init; }

    /// <summary>How often the worker looks for partitions it does not consume yet.</summary>
    public TimeSpan PartitionScan { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a failed delivery waits before it is delivered again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}

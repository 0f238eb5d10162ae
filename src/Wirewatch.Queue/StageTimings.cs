using System.Diagnostics;

namespace Wirewatch.Queue;

/// <summary>Where a worker's article time goes (thread-safe sums over all its threads), to see what the queue costs.</summary>
public sealed class StageTimings
{
    private long _waiting;
    private long _pipeline;
    private long _store;
    private long _publish;

    /// <summary>Waiting for the next message (fetch round trips, or an empty queue).</summary>
    public TimeSpan Waiting => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _waiting));

    /// <summary>Language check and pipeline.</summary>
    public TimeSpan Pipeline => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _pipeline));

    /// <summary>The store transaction.</summary>
    public TimeSpan Store => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _store));

    /// <summary>Publishing the candidates (confirmed by the servers) and the ack.</summary>
    public TimeSpan Publish => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _publish));

    internal void AddWaiting(long since) => Interlocked.Add(ref _waiting, Stopwatch.GetTimestamp() - since);

    internal void AddPipeline(long since) => Interlocked.Add(ref _pipeline, Stopwatch.GetTimestamp() - since);

    internal void AddStore(long since) => Interlocked.Add(ref _store, Stopwatch.GetTimestamp() - since);

    internal void AddPublish(long since) => Interlocked.Add(ref _publish, Stopwatch.GetTimestamp() - since);
}

using Wirewatch.Core.Pipeline;

namespace Wirewatch.Ingest.Engine;

/// <summary>How an ingest runs.</summary>
public sealed record IngestOptions
{
    public required Pipeline Pipeline { get; init; }

    /// <summary>Threads that read and process articles in parallel; the store has one writer besides.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>The <c>--date</c> override: every article gets this publication date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Articles already stored; they are skipped before any processing.</summary>
    public IReadOnlyCollection<KnownArticle> Known { get; init; } = [];

    /// <summary>Largest file read whole (JSONL and feeds included).</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;
}

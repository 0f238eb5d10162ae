namespace Wirewatch.Ingest.Engine;

/// <summary>
/// Where the engine delivers its results. <see cref="Prepare"/> runs on the worker threads (serialise
/// there); <see cref="Write"/> and <see cref="Reject"/> run on the single writer thread, in order.
/// </summary>
public interface IArticleSink<TPrepared>
{
    TPrepared Prepare(ProcessedArticle article);

    /// <summary>Stores one article atomically; false when it was already stored.</summary>
    bool Write(TPrepared prepared);

    void Reject(IngestRejection rejection);
}

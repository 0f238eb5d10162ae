namespace Wirewatch.Ingest.Readers;

/// <summary>Turns the bytes of one input (file or fetched URL) into articles and rejections. Implementations are stateless and thread-safe.</summary>
public interface IArticleReader
{
    /// <summary>Short name for messages: txt, html, jsonl, feed.</summary>
    string Format { get; }

    /// <summary>Reads <paramref name="content"/>; <paramref name="origin"/> names it in every article and rejection.</summary>
    IEnumerable<ReadResult> Read(string origin, byte[] content, CancellationToken cancellationToken);
}

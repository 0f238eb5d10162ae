using Wirewatch.Ingest.Readers;

namespace Wirewatch.Ingest.Engine;

/// <summary>
/// Reads one input (file or URL) into articles or a rejection with its reason: too large, unreadable, empty, or
/// what the chosen reader found. Shared by single-node ingest and by publishing to a queue.
/// </summary>
public static class SourceReader
{
    /// <summary>The articles of <paramref name="source"/>, read eagerly so that parsing happens on the caller's stage.</summary>
    public static async Task<IReadOnlyList<ReadResult>> ReadAsync(InputSource source, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        byte[] content;
        string? contentType = null;
        try
        {
            if (source.IsUrl)
            {
                (content, contentType) = await UrlFetcher.FetchAsync(source.Location, maxBytes, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                long length = new FileInfo(source.Location).Length;
                if (length > maxBytes)
                {
                    return [ReadResult.Failed(source.Location, $"file is {length / (1024 * 1024)} MiB; the limit is {maxBytes / (1024 * 1024)} MiB")];
                }

                content = await File.ReadAllBytesAsync(source.Location, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or HttpRequestException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return [ReadResult.Failed(source.Location, source.IsUrl ? $"cannot fetch: {ex.Message}" : $"cannot read: {ex.Message}")];
        }

        if (content.Length == 0)
        {
            return [ReadResult.Failed(source.Location, "file is empty")];
        }

        return ArticleReaders.Choose(source.Location, content, contentType).Read(source.Location, content, cancellationToken).ToList();
    }
}

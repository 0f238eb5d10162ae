using System.Net.Http.Headers;

namespace Wirewatch.Ingest.Engine;

/// <summary>Fetches a feed or page that the user named by URL on the command line. Nothing else is ever fetched.</summary>
public static class UrlFetcher
{
    private static readonly HttpClient Client = CreateClient();

    public static async Task<(byte[] Content, string? ContentType)> FetchAsync(string url, long maxBytes, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new HttpRequestException($"response is {response.Content.Headers.ContentLength} bytes; the limit is {maxBytes}");
        }

        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return (content, response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpClient CreateClient()
    {
        var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("wirewatch", "0.1"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rss+xml"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/atom+xml"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html", 0.8));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.5));
        return client;
    }
}

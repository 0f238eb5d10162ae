using System.Net;
using System.Net.Sockets;
using System.Text;
using Wirewatch.Core.Pipeline;
using Wirewatch.Ingest.Engine;
using Wirewatch.Text;

namespace Wirewatch.Ingest.Tests.Engine;

/// <summary>A feed named by URL is fetched and read; the server is a loopback listener inside the test.</summary>
public sealed class UrlInputTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _prefix;

    public UrlInputTests()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _prefix = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_prefix);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            if (context.Request.Url!.AbsolutePath == "/feed.xml")
            {
                var item = string.Join(" ", Enumerable.Repeat("Government troops recaptured the town after heavy fighting, officials said.", 5));
                var body = Encoding.UTF8.GetBytes(
                    $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title><item><title>Town recaptured</title>" +
                    $"<link>https://example.com/recaptured</link><pubDate>Tue, 17 Feb 2015 08:00:00 GMT</pubDate><description>{item}</description></item></channel></rss>");
                context.Response.ContentType = "application/rss+xml";
                await context.Response.OutputStream.WriteAsync(body);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }

    private sealed class ListSink : IArticleSink<ProcessedArticle>
    {
        public List<ProcessedArticle> Stored { get; } = [];

        public ProcessedArticle Prepare(ProcessedArticle article) => article;

        public bool Write(ProcessedArticle prepared)
        {
            Stored.Add(prepared);
            return true;
        }

        public void Reject(IngestRejection rejection)
        {
        }
    }

    [Fact]
    public async Task Feed_url_is_fetched_and_missing_page_is_reported()
    {
        var (sources, _) = InputExpander.Expand([_prefix + "feed.xml", _prefix + "missing.xml"]);
        Assert.All(sources, s => Assert.True(s.IsUrl));
        var sink = new ListSink();
        var engine = new IngestEngine(new IngestOptions { Pipeline = new PipelineBuilder().Add(new NewsTokenizer()).Build(), Workers = 2 });

        var summary = await engine.RunAsync(sources, sink, CancellationToken.None);

        var article = Assert.Single(sink.Stored);
        Assert.Equal("https://example.com/recaptured", article.Document.Metadata.Url);
        Assert.Equal("Loopback Wire", article.Document.Metadata.Source);
        Assert.Equal(new DateOnly(2015, 2, 17), article.Document.Metadata.Published);
        var failure = Assert.Single(summary.Rejections);
        Assert.Equal(_prefix + "missing.xml", failure.Source);
        Assert.Contains("HTTP 404", failure.Reason, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}

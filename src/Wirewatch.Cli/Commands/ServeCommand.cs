using Microsoft.Extensions.Hosting;
using Wirewatch.Core.Documents;
using Wirewatch.Server;
using Wirewatch.Storage;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch serve</c>: the HTTP API and the offline map page over a store.</summary>
internal sealed class ServeCommand : ICommand
{
    public string Name => "serve";

    public string Summary => "Serve the HTTP API and the offline map page over a store.";

    public string Help => """
        Usage: wirewatch serve [--db F] [--urls http://127.0.0.1:5080] [--write-token TOKEN]

        Serves a store made by 'wirewatch ingest':
          /                      the page: map, timeline, filters, events with their evidence highlighted
          /api/events            events, newest first; filters from, to (YYYY-MM-DD), country (ISO alpha-3),
                                 type (PLOVER or ACLED), actor, q (text), bbox=west,south,east,north; offset, limit (≤ 500)
          /api/events/{id}       one event with its article's text
          /api/articles/{id}     one article's stored record
          /api/stats             counts of articles, events, quotes and failed inputs
          /openapi/v1.json       the OpenAPI description
        The API is read-only unless a write token is given; then POST /api/articles with
        'Authorization: Bearer TOKEN' and {"text", "url", "title", "source", "published"} processes and stores an article.
        Stops on Ctrl+C.

        Options:
          --db F               the store: a SQLite file (default wirewatch.db) or a PostgreSQL URI / connection string
          --urls U             where to listen (default http://127.0.0.1:5080; loopback unless you say otherwise)
          --write-token T      allow writes with this bearer token (or set WIREWATCH_WRITE_TOKEN)
          --help               show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--db", "--urls", "--write-token"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"serve takes no positional arguments (got '{args.Positionals[0]}'); use --db F.");
        }

        var db = args.Value("--db") ?? "wirewatch.db";
        var urls = args.Value("--urls") ?? "http://127.0.0.1:5080";
        var token = args.Value("--write-token") ?? Environment.GetEnvironmentVariable("WIREWATCH_WRITE_TOKEN");
        if (token is { Length: < 16 })
        {
            throw new UsageException("the write token must be at least 16 characters.");
        }

        var options = new ServerOptions
        {
            Database = db,
            WriteToken = string.IsNullOrEmpty(token) ? null : token,
            Process = Process,
            CountriesGeoJsonPath = Path.Combine(Wirewatch.Core.IO.DataDirectory.Resolve(), "gazetteer", "countries.geojson"),
        };
        var app = WirewatchServer.Create(options, urls);
        app.Start();
        context.Error.WriteLine($"wirewatch: serving {db} on {string.Join(", ", app.Urls)} ({(options.WriteToken is null ? "read-only" : "writes allowed with the token")}); Ctrl+C stops");
        using var stop = context.CancellationToken.Register(() => app.StopAsync().GetAwaiter().GetResult());
        app.WaitForShutdown();
        return CommandLineApp.ExitOk;
    }

    // Posted articles go through the same pipeline and record as 'ingest'.
    private static ArticleRecord Process(ArticleSubmission submission, CancellationToken cancellationToken)
    {
        var id = Wirewatch.Ingest.Dedup.ArticleId.For(Wirewatch.Ingest.Dedup.UrlCanonicalizer.Canonicalize(submission.Url), submission.Text);
        var metadata = new ArticleMetadata
        {
            Id = id,
            Url = submission.Url,
            Title = submission.Title,
            Source = submission.Source,
            Published = submission.Published,
            Language = "en",
        };
        var document = PipelineFactory.CreateDefault().Process(new Document(submission.Text, metadata), cancellationToken);
        var fingerprint = Wirewatch.Ingest.Dedup.SimHash.Compute(submission.Text);
        return ArticleRecord.FromDocument(document, "api", Wirewatch.Ingest.Dedup.UrlCanonicalizer.Canonicalize(submission.Url),
            submission.Published is null ? null : "request", fingerprint.Words, fingerprint.SimHash);
    }
}

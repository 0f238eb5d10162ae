using Wirewatch.Storage;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch recluster</c>: rebuilds the clusters of events from different articles.</summary>
internal sealed class ReclusterCommand : ICommand
{
    public string Name => "recluster";

    public string Summary => "Rebuild the clusters of events that different articles report (one incident, many sources).";

    public string Help => """
        Usage: wirewatch recluster [--db F]

        Groups the stored events into incidents: same event type, dates within 3 days, places within
        50 km (or the same country when one report is coarse), never two events of one article, and
        enough agreement of actors, counts and words. Deterministic (events are taken by date, then id;
        a cluster's id comes from its earliest event), written in one transaction. 'ingest' runs it
        after every run that stored articles; '/api/clusters' of 'serve' lists the result.

        Options:
          --db F     the store: a SQLite file (default wirewatch.db) or a PostgreSQL URI / connection string
          --help     show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--db"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"recluster takes no positional arguments (got '{args.Positionals[0]}'); use --db F.");
        }

        using var store = ArticleStoreFactory.Open(args.Value("--db") ?? "wirewatch.db", createIfMissing: false);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int clusters = store.Recluster(context.CancellationToken);
        var stats = store.GetStatistics();
        context.Out.WriteLine($"{store.Description}: {clusters} incidents reported by two or more articles, from {stats.Events} events ({watch.Elapsed.TotalSeconds:0.0} s)");
        context.Out.WriteLine($"{{\"clusters\": {clusters}, \"events\": {stats.Events}}}");
        return CommandLineApp.ExitOk;
    }
}

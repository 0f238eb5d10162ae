using Wirewatch.Storage;
using Wirewatch.Storage.Clustering;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch recluster</c>: rebuilds the clusters of events from different articles, for the whole store or one country and period.</summary>
internal sealed class ReclusterCommand : ICommand
{
    public string Name => "recluster";

    public string Summary => "Rebuild the clusters of events that different articles report (one incident, many sources).";

    public string Help => $"""
        Usage: wirewatch recluster [--db F] [--country ISO3] [--from D] [--to D]

        Groups the stored events into incidents: same event type, dates within 3 days, places within
        50 km (or the same country when one report is coarse), never two events of one article, and
        enough agreement of actors, counts and words. Events of different countries never meet, and
        unplaced events only meet other unplaced events, so each country is clustered on its own.

        Deterministic: events are taken in canonical order (date, then event id) and a cluster's id is
        'c-' and the id of its earliest event, so the same events give the same clusters whatever order
        they arrived in, on one node or many, and whether the whole store or each country and period is
        reclustered. With --country and/or --from/--to only the clusters whose earliest event is in that
        country and period are replaced. The events read include {ReclusterScope.HaloDays} days either side of the
        period (the halo), so that clusters at its edges come out as in a whole-store run. Written in
        one transaction. 'ingest' runs a whole-store recluster after every run that stored articles;
        '/api/clusters' of 'serve' lists the result. Distributed mode: see docs/scale-out.md.

        Options:
          --db F          the store: a SQLite file (default wirewatch.db) or a PostgreSQL URI / connection string
          --country ISO3  only this country's clusters (ISO 3166-1 alpha-3, e.g. LBY; XXX for unplaced events)
          --from D        only clusters whose earliest event is on or after D (YYYY-MM-DD)
          --to D          only clusters whose earliest event is on or before D (YYYY-MM-DD)
          --help          show this text

        Examples:
          wirewatch recluster --db news.db
          wirewatch recluster --db postgres://wirewatch@db/news --country SYR --from 2015-02-01 --to 2015-02-28

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--db", "--country", "--from", "--to"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"recluster takes no positional arguments (got '{args.Positionals[0]}'); use --db F.");
        }

        var country = args.Value("--country");
        if (country is not null && (country.Length != 3 || !country.All(char.IsAsciiLetter)))
        {
            throw new UsageException($"--country expects an ISO 3166-1 alpha-3 code such as LBY (or XXX for unplaced events), got '{country}'.");
        }

        var (from, to) = (args.Date("--from"), args.Date("--to"));
        if (from is not null && to is not null && from > to)
        {
            throw new UsageException("--from is after --to.");
        }

        var scope = ReclusterScope.For(country, from, to);
        using var store = ArticleStoreFactory.Open(args.Value("--db") ?? "wirewatch.db", createIfMissing: false);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int clusters = store.Recluster(scope, context.CancellationToken);
        var stats = store.GetStatistics();
        var what = scope.IsAll ? "" : $" ({scope})";
        context.Out.WriteLine($"{store.Description}{what}: {clusters} incidents reported by two or more articles, from {stats.Events} stored events ({watch.Elapsed.TotalSeconds:0.0} s)");
        context.Out.WriteLine($"{{\"clusters\": {clusters}, \"events\": {stats.Events}}}");
        return CommandLineApp.ExitOk;
    }
}

using System.Text;
using System.Text.Json;
using Wirewatch.Storage;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch stats --db F</c>: how many articles, events, quotes and failed inputs a store holds.</summary>
internal sealed class StatsCommand : ICommand
{
    public string Name => "stats";

    public string Summary => "Count the articles, events, quotes and failed inputs in a store.";

    public string Help => """
        Usage: wirewatch stats [--db F] [--json]

        Prints the counts of a store made by 'wirewatch ingest'. The last line is always one line of JSON:
        {"articles": N, "events": N, "quotes": N, "failed": N, "skipped": N}
        (failed: inputs that could not be read; skipped: inputs read but not processed, e.g. not English).

        Options:
          --db F     the store: a SQLite file (default wirewatch.db) or a PostgreSQL URI / connection string
          --json     print only the JSON line
          --help     show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--db"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--json"];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"stats takes no positional arguments (got '{args.Positionals[0]}'); use --db F.");
        }

        using var store = ArticleStoreFactory.Open(args.Value("--db") ?? "wirewatch.db", createIfMissing: false);
        var stats = store.GetStatistics();
        if (!args.Flag("--json"))
        {
            context.Out.WriteLine(store.Description);
            context.Out.WriteLine($"  articles  {stats.Articles,10}");
            context.Out.WriteLine($"  events    {stats.Events,10}");
            context.Out.WriteLine($"  quotes    {stats.Quotes,10}");
            context.Out.WriteLine($"  failed    {stats.Failed,10}");
            context.Out.WriteLine($"  skipped   {stats.Skipped,10}");
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("articles", stats.Articles);
            json.WriteNumber("events", stats.Events);
            json.WriteNumber("quotes", stats.Quotes);
            json.WriteNumber("failed", stats.Failed);
            json.WriteNumber("skipped", stats.Skipped);
            json.WriteEndObject();
        }

        context.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        return CommandLineApp.ExitOk;
    }
}

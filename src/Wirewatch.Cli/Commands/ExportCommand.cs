using System.Text;
using Wirewatch.Storage;
using Wirewatch.Storage.Export;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch export</c>: writes stored articles in one of the export formats.</summary>
internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Summary => "Export stored articles (JSONL record now; PLOVER, ACLED, GTD, CAMEO, GeoJSON, quotes later).";

    public string Help
    {
        get
        {
            var sb = new StringBuilder();
            sb.AppendLine("Usage: wirewatch export [--db F] --format FORMAT --out F [--from YYYY-MM-DD] [--to YYYY-MM-DD]");
            sb.AppendLine();
            sb.AppendLine("Writes the articles of a store made by 'wirewatch ingest', ordered by publication date.");
            sb.AppendLine();
            sb.AppendLine("Formats:");
            foreach (var format in ExportFormats.All)
            {
                sb.Append("  ").Append(format.Name.PadRight(9)).Append(format.Description)
                    .AppendLine(format.IsAvailable ? string.Empty : " (not yet available)");
            }

            sb.AppendLine();
            sb.AppendLine("Options:");
            sb.AppendLine("  --db F          the store: a SQLite file (default wirewatch.db) or a PostgreSQL URI / connection string");
            sb.AppendLine("  --format NAME   one of the formats above");
            sb.AppendLine("  --out F         the file to write ('-' for standard output); written whole or not at all");
            sb.AppendLine("  --from D        only articles published on or after D");
            sb.AppendLine("  --to D          only articles published on or before D (with --from/--to, undated articles are left out)");
            sb.AppendLine("  --help          show this text");
            sb.AppendLine();
            sb.AppendLine("Filters by country, event type and actor are not yet available: they come with the event layer.");
            sb.AppendLine("A count of what was written goes to stderr.");
            return sb.ToString();
        }
    }

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--db", "--format", "--out", "--from", "--to"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"export takes no positional arguments (got '{args.Positionals[0]}').");
        }

        var name = args.Required("--format");
        var format = ExportFormats.Find(name) ?? throw new UsageException(
            $"unknown format '{name}'; formats: {string.Join(", ", ExportFormats.All.Select(f => f.Name))}.");
        if (format.Create is null)
        {
            throw new UsageException($"format '{format.Name}' is not yet available (it needs the event layer); available now: " +
                string.Join(", ", ExportFormats.All.Where(f => f.IsAvailable).Select(f => f.Name)) + ".");
        }

        var outPath = args.Required("--out");
        var query = new ArticleQuery { From = args.Date("--from"), To = args.Date("--to") };
        if (query.From > query.To)
        {
            throw new UsageException("--from is after --to.");
        }

        using var store = ArticleStoreFactory.Open(args.Value("--db") ?? "wirewatch.db", createIfMissing: false);
        int articles = 0;
        long rows = 0;
        if (outPath == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            context.Out.Flush();
            (articles, rows) = Write(store, query, format.Create(stdout), context.CancellationToken);
        }
        else
        {
            // Written beside the target and moved into place, so that a failed export never leaves half a file.
            var full = Path.GetFullPath(outPath);
            var temp = full + ".partial";
            try
            {
                using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    (articles, rows) = Write(store, query, format.Create(file), context.CancellationToken);
                }

                File.Move(temp, full, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }

        context.Error.WriteLine($"exported {articles} articles ({rows} rows, format {format.Name}) to {(outPath == "-" ? "stdout" : outPath)}");
        return CommandLineApp.ExitOk;
    }

    private static (int Articles, long Rows) Write(IArticleStore store, ArticleQuery query, IExportWriter writer, CancellationToken cancellationToken)
    {
        using (writer)
        {
            int articles = 0;
            long rows = 0;
            foreach (var article in store.ReadArticles(query, cancellationToken))
            {
                rows += writer.Write(article);
                articles++;
            }

            writer.Complete();
            return (articles, rows);
        }
    }
}

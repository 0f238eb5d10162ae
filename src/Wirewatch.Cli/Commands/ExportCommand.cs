using System.Text;
using Wirewatch.Storage;
using Wirewatch.Storage.Export;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch export</c>: writes stored articles in one of the export formats.</summary>
internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Summary => "Export stored articles and events: JSONL record, PLOVER, ACLED, GTD, CAMEO, GeoJSON, quotes.";

    public string Help
    {
        get
        {
            var sb = new StringBuilder();
            sb.AppendLine("Usage: wirewatch export [--db F] --format FORMAT --out F [--from D] [--to D] [--country ISO3] [--type T] [--actor TEXT]");
            sb.AppendLine();
            sb.AppendLine("Writes the articles of a store made by 'wirewatch ingest', ordered by publication date.");
            sb.AppendLine();
            sb.AppendLine("Formats:");
            foreach (var format in ExportFormats.All)
            {
                sb.Append("  ").Append(format.Name.PadRight(9)).AppendLine(format.Description);
            }

            sb.AppendLine();
            sb.AppendLine("Options:");
            sb.AppendLine("  --db F          the store: a SQLite file (default wirewatch.db) or a PostgreSQL URI / connection string");
            sb.AppendLine("  --format NAME   one of the formats above");
            sb.AppendLine("  --out F         the file to write ('-' for standard output); written whole or not at all");
            sb.AppendLine("  --from D        only articles published on or after D");
            sb.AppendLine("  --to D          only articles published on or before D (with --from/--to, undated articles are left out)");
            sb.AppendLine("  --country ISO3  only events placed in this country (ISO 3166-1 alpha-3, e.g. LBY); unplaced events by their actor's country");
            sb.AppendLine("  --type T        only events of this PLOVER type (ASSAULT) or ACLED event or sub-event type (\"Air/drone strike\")");
            sb.AppendLine("  --actor TEXT    only events with an actor whose words or resolved name contain TEXT (quotes: the speaker)");
            sb.AppendLine("  --help          show this text");
            sb.AppendLine();
            sb.AppendLine("Event filters apply to every format; jsonl then writes the articles with at least one matching event.");
            sb.AppendLine("A count of what was written goes to stderr.");
            return sb.ToString();
        }
    }

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--db", "--format", "--out", "--from", "--to", "--country", "--type", "--actor"];

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
        var country = args.Value("--country");
        if (country is not null && (country.Length != 3 || !country.All(char.IsAsciiLetter)))
        {
            throw new UsageException($"--country takes an ISO 3166-1 alpha-3 code such as LBY (got '{country}').");
        }

        var options = new ExportOptions
        {
            Filter = new EventFilter { Country = country?.ToUpperInvariant(), Type = args.Value("--type"), Actor = args.Value("--actor") },
            Countries = LoadCountries(),
        };

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
            (articles, rows) = Write(store, query, format.Create(stdout, options), context.CancellationToken);
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
                    (articles, rows) = Write(store, query, format.Create(file, options), context.CancellationToken);
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

    // Country names and numeric codes for the ACLED/GTD columns; without the table those columns fall back to the alpha-3 code.
    private static CountryTable LoadCountries()
    {
        var path = Path.Combine(Wirewatch.Core.IO.DataDirectory.Resolve(), "gazetteer", "countries.tsv");
        return File.Exists(path) ? CountryTable.Load(path) : CountryTable.Empty;
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

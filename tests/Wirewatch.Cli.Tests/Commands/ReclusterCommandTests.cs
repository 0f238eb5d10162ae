using Wirewatch.Cli.Commands;
using Wirewatch.Storage;

namespace Wirewatch.Cli.Tests.Commands;

/// <summary><c>recluster</c> with and without a country and period, on a small SQLite store.</summary>
public sealed class ReclusterCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "wirewatch-recluster-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public ReclusterCommandTests()
    {
        Directory.CreateDirectory(_root);
        using var store = new SqliteArticleStore(Db);
        // Two reports of one attack in Libya, two of a protest in Tunisia a month later.
        store.Store(Article("r1", "Reuters", "ASSAULT", "2015-01-27", "LBY", 32.89, 13.19));
        store.Store(Article("r2", "AP", "ASSAULT", "2015-01-28", "LBY", 32.90, 13.18));
        store.Store(Article("r3", "AFP", "PROTEST", "2015-02-27", "TUN", 36.80, 10.18));
        store.Store(Article("r4", "BBC", "PROTEST", "2015-02-27", "TUN", 36.81, 10.18));
    }

    private string Db => Path.Combine(_root, "news.db");

    private static string Event(string type, string date, string country, double lat, double lon) =>
        FormattableString.Invariant(
            $$"""{"type":"{{type}}","actors":[{"text":"gunmen"}],"date":{"value":"{{date}}","basis":"explicit"},"location":{"countryCode":"{{country}}","lat":{{lat}},"lon":{{lon}},"precision":1},"evidence":[{"text":"gunmen attacked the checkpoint"}]}""");

    // The filter columns (type, date, country) as the store's record reader fills them.
    private static ArticleRecord Article(string id, string source, string type, string date, string country, double lat, double lon) => new()
    {
        Id = id,
        Source = source,
        Published = new DateOnly(2015, 3, 1),
        Origin = $"/in/{id}.txt",
        RecordJson = "{}",
        Events = [new EventRow(type, date, country, Event(type, date, country, lat, lon))],
    };

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var command = new ReclusterCommand();
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            int code = command.Run(CommandArgs.Parse(args, command.ValueOptions, command.FlagOptions), new CliContext(output, error, CancellationToken.None));
            return (code, output.ToString(), error.ToString());
        }
        catch (UsageException ex)
        {
            return (-1, output.ToString(), ex.Message);
        }
    }

    [Fact]
    public void Reclusters_the_whole_store_or_one_country_and_period()
    {
        var all = Run("--db", Db);
        Assert.Equal(0, all.Code);
        Assert.EndsWith("{\"clusters\": 2, \"events\": 4}", all.Out.TrimEnd(), StringComparison.Ordinal);

        var libya = Run("--db", Db, "--country", "lby", "--from", "2015-01-01", "--to", "2015-01-31");
        Assert.Equal(0, libya.Code);
        Assert.Contains("LBY, 2015-01-01 to 2015-01-31", libya.Out, StringComparison.Ordinal);
        Assert.EndsWith("{\"clusters\": 1, \"events\": 4}", libya.Out.TrimEnd(), StringComparison.Ordinal);

        // Tunisia in January has no clusters; its February cluster is not touched.
        Assert.EndsWith("{\"clusters\": 0, \"events\": 4}", Run("--db", Db, "--country", "TUN", "--to", "2015-01-31").Out.TrimEnd(), StringComparison.Ordinal);
        using var store = new SqliteArticleStore(Db);
        Assert.Equal(2, store.ReadClusters(0, 10).Total);
    }

    [Fact]
    public void Refuses_a_bad_country_or_period()
    {
        Assert.Contains("alpha-3", Run("--db", Db, "--country", "Libya").Err, StringComparison.Ordinal);
        Assert.Contains("--from is after --to", Run("--db", Db, "--from", "2015-02-01", "--to", "2015-01-01").Err, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

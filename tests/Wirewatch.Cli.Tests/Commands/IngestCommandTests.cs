using System.Text;
using System.Text.Json;
using Wirewatch.Cli.Commands;
using Wirewatch.Core.Pipeline;
using Wirewatch.Text;

namespace Wirewatch.Cli.Tests.Commands;

/// <summary>
/// End to end through the command classes: ingest a temp folder into SQLite, then stats, export and bench.
/// Ingest and bench get a model-free pipeline (tokenizer and sentence splitter) so that no model file is needed.
/// </summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "wirewatch-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public IngestCommandTests()
    {
        var input = Path.Combine(_root, "in");
        Directory.CreateDirectory(input);
        for (int i = 0; i < 5; i++)
        {
            File.WriteAllText(Path.Combine(input, $"2015-02-1{i}-story.txt"), Story(i));
        }

        File.WriteAllBytes(Path.Combine(input, "image.bin"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        File.WriteAllText(Path.Combine(input, "empty.txt"), string.Empty);
        File.WriteAllText(Path.Combine(input, "feed.jsonl"),
            """{"text": "Le gouvernement a annoncé lundi qu'il enverrait des troupes dans la région après l'attaque de la ville.", "url": "https://example.fr/a"}""" + "\n" +
            """{"text": "broken""" + "\n");
    }

    private string Input => Path.Combine(_root, "in");

    private string Db => Path.Combine(_root, "news.db");

    private static string Story(int seed)
    {
        // Random sentences from small pools: different seeds give different texts (not near-duplicates).
        string[] actors = ["Fighters", "Police", "Protesters", "Soldiers", "Officials", "Residents", "Militants", "Doctors"];
        string[] verbs = ["attacked", "surrounded", "left", "defended", "visited", "shelled", "evacuated", "blocked"];
        string[] places = ["Sirte", "Benghazi", "Derna", "Tripoli", "Misrata", "Tobruk", "Sabha", "Zawiya"];
        var random = new Random(seed);
        var sb = new StringBuilder($"Story {seed}\n\n");
        for (int i = 0; i < 20; i++)
        {
            sb.Append($"{actors[random.Next(8)]} {verbs[random.Next(8)]} a checkpoint near {places[random.Next(8)]} on day {random.Next(1000)}, and officials said {random.Next(50)} people were hurt. ");
        }

        return sb.ToString();
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    private static Pipeline ModelFree() => new PipelineBuilder().Add(new NewsTokenizer()).Add(new SentenceSplitter()).Build();

    private static (int Code, string Out, string Err) Ingest(params string[] args) => RunCommand(new IngestCommand(ModelFree), args);

    private static (int Code, string Out, string Err) RunCommand(ICommand command, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = command.Run(CommandArgs.Parse(args, command.ValueOptions, command.FlagOptions), new CliContext(output, error, CancellationToken.None));
        return (code, output.ToString(), error.ToString());
    }

    private static JsonElement LastJsonLine(string output)
    {
        var lines = output.TrimEnd().Split('\n');
        return JsonDocument.Parse(lines[^1]).RootElement.Clone();
    }

    [Fact]
    public void Ingest_stores_good_articles_and_reports_bad_inputs()
    {
        var (code, output, _) = Ingest(Input, "--db", Db, "--threads", "2");

        Assert.Equal(0, code);
        var json = LastJsonLine(output);
        Assert.Equal(5, json.GetProperty("stored").GetInt32());
        Assert.Equal(3, json.GetProperty("failed").GetInt32());
        Assert.Equal(1, json.GetProperty("skipped").GetInt32());
        Assert.Contains("image.bin: looks binary", output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: file is empty", output, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:2: not valid JSON", output, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:1: not English: looks French", output, StringComparison.Ordinal);

        var (statsCode, stats, _) = Run("stats", "--db", Db, "--json");
        Assert.Equal(0, statsCode);
        var counts = LastJsonLine(stats);
        Assert.Equal(5, counts.GetProperty("articles").GetInt32());
        Assert.Equal(0, counts.GetProperty("events").GetInt32());
        Assert.Equal(0, counts.GetProperty("quotes").GetInt32());
        Assert.Equal(3, counts.GetProperty("failed").GetInt32());
    }

    [Fact]
    public void Re_ingesting_adds_nothing()
    {
        Ingest(Input, "--db", Db);
        var (code, output, _) = Ingest(Input, "--db", Db);

        Assert.Equal(0, code);
        var json = LastJsonLine(output);
        Assert.Equal(0, json.GetProperty("stored").GetInt32());
        Assert.Equal(5, json.GetProperty("already_stored").GetInt32());
        var counts = LastJsonLine(Run("stats", "--db", Db, "--json").Out);
        Assert.Equal(5, counts.GetProperty("articles").GetInt32());
        Assert.Equal(3, counts.GetProperty("failed").GetInt32());
    }

    [Fact]
    public void Export_writes_jsonl_records_within_the_date_range()
    {
        Ingest(Input, "--db", Db);
        var outFile = Path.Combine(_root, "out.jsonl");

        var (code, _, err) = Run("export", "--db", Db, "--format", "jsonl", "--out", outFile, "--from", "2015-02-11", "--to", "2015-02-13");

        Assert.Equal(0, code);
        Assert.Contains("exported 3 articles", err, StringComparison.Ordinal);
        var lines = File.ReadAllLines(outFile);
        Assert.Equal(3, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("2015-02-11", first.GetProperty("published").GetString());
        Assert.StartsWith("Story 1", first.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("tokens").GetArrayLength() > 100);
        Assert.Equal(16, first.GetProperty("id").GetString()!.Length);
    }

    [Fact]
    public void Event_exports_write_their_header_and_check_their_filters()
    {
        Ingest(Input, "--db", Db);
        var csv = Path.Combine(_root, "x.csv");
        var (code, _, err) = Run("export", "--db", Db, "--format", "acled", "--out", csv);

        // The model-free pipeline of these tests codes no events: the file has ACLED's header and no rows.
        Assert.Equal(0, code);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Contains("0 rows", err, StringComparison.Ordinal);

        var (bad, _, badErr) = Run("export", "--db", Db, "--format", "acled", "--country", "Libya", "--out", Path.Combine(_root, "y.csv"));
        Assert.Equal(2, bad);
        Assert.Contains("alpha-3", badErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "y.csv")));
    }

    [Fact]
    public void Stats_on_a_missing_store_is_a_clear_failure()
    {
        var (code, _, err) = Run("stats", "--db", Path.Combine(_root, "absent.db"));
        Assert.Equal(1, code);
        Assert.Contains("not found", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_prints_throughput_as_its_last_json_line()
    {
        var (code, output, _) = RunCommand(new BenchCommand(ModelFree), ["--input", Input, "--threads", "2", "--until", "tokenizer"]);

        Assert.Equal(0, code);
        var json = LastJsonLine(output);
        // Bench times every article the readers find (the French line too; it has no store to skip it for).
        Assert.Equal(6, json.GetProperty("articles").GetInt32());
        Assert.True(json.GetProperty("articles_per_s").GetDouble() > 0);
        Assert.True(json.GetProperty("words_per_s").GetDouble() > 0);
        Assert.True(json.GetProperty("peak_rss_mb").GetDouble() > 10);
        Assert.Single(json.GetProperty("components").EnumerateArray());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

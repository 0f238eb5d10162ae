using Microsoft.AspNetCore.Builder;
using Wirewatch.Storage;

namespace Wirewatch.Server.Tests;

/// <summary>A SQLite store with two hand-made articles and a server over it on a free loopback port.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-0123456789";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wirewatch-server-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public string Database => Path.Combine(_folder, "test.db");

    public static ArticleRecord Record(string id, string text, string eventsJson, DateOnly published)
    {
        var record = $$"""{"id":"{{id}}","title":"Title {{id}}","published":"{{published:yyyy-MM-dd}}","text":{{System.Text.Json.JsonSerializer.Serialize(text)}},"events":[{{eventsJson}}],"quotes":[]}""";
        var events = new List<EventRow>();
        using (var doc = System.Text.Json.JsonDocument.Parse(record))
        {
            foreach (var e in doc.RootElement.GetProperty("events").EnumerateArray())
            {
                var date = e.TryGetProperty("date", out var d) ? d.GetProperty("value").GetString() : null;
                var country = e.TryGetProperty("location", out var l) ? l.GetProperty("countryCode").GetString() : null;
                events.Add(new EventRow(e.GetProperty("type").GetString(), date, country, e.GetRawText()));
            }
        }

        return new ArticleRecord
        {
            Id = id,
            Title = "Title " + id,
            Published = published,
            Language = "en",
            Origin = "/test/" + id,
            WordCount = 10,
            SimHash = 1,
            RecordJson = record,
            Events = events,
            Quotes = [],
        };
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        using (var store = ArticleStoreFactory.Open(Database))
        {
            store.Store(Record(
                "libya1",
                "Egyptian jets pounded militant sites in Libya. Gunmen attacked a hotel in Tripoli, killing nine.",
                """
                {"type":"ASSAULT","mode":"aerial","actors":[{"text":"Egyptian jets","canonical":"Egypt","country":"EGY","sector":"MIL"}],"recipients":[],
                 "location":{"text":"Libya","name":"Libya","lat":27.0,"lon":17.0,"countryCode":"LBY","precision":4},"date":{"value":"2015-02-16","precision":"day","basis":"explicit"},
                 "status":"asserted","evidence":[{"start":0,"end":45,"text":"Egyptian jets pounded militant sites in Libya"}]},
                {"type":"ASSAULT","actors":[{"text":"Gunmen"}],"recipients":[],
                 "location":{"text":"Tripoli","name":"Tripoli","lat":32.89,"lon":13.19,"countryCode":"LBY","precision":1},"date":{"value":"2015-01-27","precision":"day","basis":"explicit"},
                 "killed":{"value":9},"status":"claimed","evidence":[{"start":47,"end":95,"text":"Gunmen attacked a hotel in Tripoli, killing nine"}]}
                """,
                new DateOnly(2015, 2, 18)));
            store.Store(Record(
                "paris1",
                "Protesters marched in Paris.",
                """{"type":"PROTEST","actors":[{"text":"Protesters"}],"recipients":[],"location":{"text":"Paris","name":"Paris","lat":48.85,"lon":2.35,"countryCode":"FRA","precision":1},"date":{"value":"2015-03-01","precision":"day","basis":"explicit"},"status":"asserted","evidence":[]}""",
                new DateOnly(2015, 3, 1)));
            store.Store(Record(
                "tripoli2",
                "Militants stormed a hotel in Tripoli, killing ten.",
                """{"type":"ASSAULT","actors":[{"text":"Militants"}],"recipients":[],"location":{"text":"Tripoli","name":"Tripoli","lat":32.88,"lon":13.2,"countryCode":"LBY","precision":1},"date":{"value":"2015-01-27","precision":"day","basis":"explicit"},"killed":{"value":10},"status":"reported","evidence":[{"start":0,"end":49,"text":"Militants stormed a hotel in Tripoli, killing ten"}]}""",
                new DateOnly(2015, 1, 28)));
            store.Recluster();
        }

        var options = new ServerOptions
        {
            Database = Database,
            WriteToken = Token,
            CountriesGeoJsonPath = Path.Combine(Wirewatch.Core.IO.DataDirectory.Resolve(), "gazetteer", "countries.geojson"),
            Process = (submission, _) => Record("posted-" + submission.Text.Length, submission.Text, string.Empty, submission.Published ?? new DateOnly(2020, 1, 1)),
        };
        _app = WirewatchServer.Create(options, "http://127.0.0.1:0");
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

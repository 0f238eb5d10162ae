using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Wirewatch.Server.Tests;

public class WirewatchApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    private async Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Lists_events_newest_first_within_the_limit()
    {
        var page = await Json("/api/events?limit=2");
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items");
        Assert.Equal(2, items.GetArrayLength());
        Assert.Equal("paris1-1", items[0].GetProperty("id").GetString());
        Assert.Equal("PROTEST", items[0].GetProperty("event").GetProperty("type").GetString());
        Assert.Equal("Title paris1", items[0].GetProperty("article").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("country=LBY", 3)]
    [InlineData("country=fra", 1)]
    [InlineData("type=PROTEST", 1)]
    [InlineData("actor=egypt", 1)]
    [InlineData("q=hotel", 2)]
    [InlineData("from=2015-02-01&to=2015-02-28", 1)]
    [InlineData("bbox=9.3,19.5,25.2,33.2", 3)]
    [InlineData("bbox=-10,40,10,55", 1)]
    [InlineData("offset=2&limit=5", 4)]
    public async Task Filters_events(string query, int total)
    {
        var page = await Json("/api/events?" + query);
        Assert.Equal(total, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("from=2015-13-01", "from")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("country=Libya", "country")]
    [InlineData("colour=red", "colour")]
    [InlineData("from=2015-03-01&to=2015-02-01", "from")]
    public async Task Rejects_bad_parameters_with_a_clear_400(string query, string parameter)
    {
        var problem = await Json("/api/events?" + query, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.False(string.IsNullOrEmpty(messages[0].GetString()));
    }

    [Fact]
    public async Task An_event_comes_with_its_article_text_for_the_evidence()
    {
        var item = await Json("/api/events/libya1-2");
        var text = item.GetProperty("article").GetProperty("text").GetString()!;
        var evidence = item.GetProperty("event").GetProperty("evidence")[0];
        Assert.Equal(evidence.GetProperty("text").GetString(), text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        await Json("/api/events/libya1-9", HttpStatusCode.NotFound);
        await Json("/api/events/nonsense", HttpStatusCode.BadRequest);
        await Json("/api/articles/none", HttpStatusCode.NotFound);
        Assert.Equal("libya1", (await Json("/api/articles/libya1")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Stats_and_openapi_describe_the_store_and_the_api()
    {
        var stats = await Json("/api/stats");
        Assert.True(stats.GetProperty("articles").GetInt64() >= 2);
        var openapi = await Json("/openapi/v1.json");
        var paths = openapi.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/events", out var events));
        Assert.Contains("bbox", events.ToString(), StringComparison.Ordinal);
        Assert.True(paths.TryGetProperty("/api/events/{id}", out _));
    }

    [Fact]
    public async Task Clusters_link_reports_of_one_incident()
    {
        var page = await Json("/api/clusters");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var cluster = page.GetProperty("items")[0];
        Assert.Equal(2, cluster.GetProperty("sources").GetInt32());
        Assert.Equal(["libya1-2", "tripoli2-1"], cluster.GetProperty("eventIds").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(9, cluster.GetProperty("killed").GetProperty("value").GetInt32());
        Assert.Equal(0, (await Json("/api/clusters?country=FRA")).GetProperty("total").GetInt32());
        await Json("/api/clusters?type=ASSAULT", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_page_is_served_from_the_same_process()
    {
        var html = await Client.GetStringAsync("/");
        Assert.Contains("<svg id=\"map\"", html, StringComparison.Ordinal);
        var script = await Client.GetAsync("/app.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        var etag = script.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/app.js");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(again)).StatusCode);

        var borders = await Json("/countries.geojson");
        Assert.Equal("FeatureCollection", borders.GetProperty("type").GetString());
        Assert.True(borders.GetProperty("features").GetArrayLength() > 200);
    }

    [Fact]
    public async Task Writes_need_the_token()
    {
        var article = new { text = "Rebels shelled the town of Kidal on Monday.", title = "Kidal" };
        var anonymous = await Client.PostAsJsonAsync("/api/articles", article);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(article) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-at-all");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(wrong)).StatusCode);

        using var empty = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(new { text = " " }) };
        empty.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.SendAsync(empty)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(article) };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
        var created = await Client.SendAsync(right);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var repeat = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(article) };
        repeat.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(repeat)).StatusCode);
    }
}

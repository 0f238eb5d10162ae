using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wirewatch.Storage;

namespace Wirewatch.Server;

/// <summary>The <c>/api</c> endpoints. Reads are open; writes need the configured bearer token.</summary>
internal static class WirewatchApi
{
    public static void Map(WebApplication app, StorePool stores, ServerOptions options)
    {
        var api = app.MapGroup("/api");
        var writeGate = new Lock();

        api.MapGet("/events", (HttpRequest request,
                [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? country, [FromQuery] string? type,
                [FromQuery] string? actor, [FromQuery] string? q, [FromQuery] string? bbox, [FromQuery] string? offset, [FromQuery] string? limit) =>
            {
                var (query, errors) = EventQueryParser.Parse(request.Query);
                if (query is null)
                {
                    return Results.ValidationProblem(errors, title: "Invalid query parameters");
                }

                var page = stores.Use(s => s.QueryEvents(query, request.HttpContext.RequestAborted));
                return ApiJson.Write(json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("total", page.Total);
                    json.WriteNumber("offset", query.Offset);
                    json.WriteNumber("limit", query.Limit);
                    json.WriteStartArray("items");
                    foreach (var e in page.Items)
                    {
                        ApiJson.Event(json, e);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            })
            .WithName("ListEvents")
            .WithSummary("Events, newest first, filtered by date range (from, to: YYYY-MM-DD), country (ISO alpha-3), type (PLOVER or ACLED), actor, free text (q), bounding box (bbox=west,south,east,north) and paged (offset, limit ≤ 500).");

        api.MapGet("/events/{id}", (string id) =>
            {
                int dash = id.LastIndexOf('-');
                if (dash <= 0 || !int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int position) || position < 1)
                {
                    return Results.Problem(statusCode: 400, title: "Invalid event id", detail: $"'{id}' is not an event id; ids look like ARTICLEID-N as /api/events lists them.");
                }

                var article = stores.Use(s => s.FindArticle(id[..dash]));
                if (article is null || FindEvent(article, position - 1) is not { } found)
                {
                    return Results.Problem(statusCode: 404, title: "No such event", detail: $"no stored event has id '{id}'.");
                }

                return ApiJson.Write(json => ApiJson.Event(json, found.Event, found.Text, found.Sentence));
            })
            .WithName("GetEvent")
            .WithSummary("One event with its article's text, so that its evidence spans can be shown in place.");

        api.MapGet("/articles/{id}", (string id) =>
            {
                var article = stores.Use(s => s.FindArticle(id));
                return article is null
                    ? Results.Problem(statusCode: 404, title: "No such article", detail: $"no stored article has id '{id}'.")
                    : Results.Text(article.RecordJson, "application/json; charset=utf-8");
            })
            .WithName("GetArticle")
            .WithSummary("The stored record of one article: text, tokens, entities, places, events, quotes.");

        api.MapGet("/stats", () =>
            {
                var stats = stores.Use(s => s.GetStatistics());
                return ApiJson.Write(json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("articles", stats.Articles);
                    json.WriteNumber("events", stats.Events);
                    json.WriteNumber("quotes", stats.Quotes);
                    json.WriteNumber("failed", stats.Failed);
                    json.WriteEndObject();
                });
            })
            .WithName("GetStats")
            .WithSummary("How many articles, events and quotes are stored, and how many inputs failed.");

        api.MapGet("/clusters", (HttpRequest request, [FromQuery] string? country, [FromQuery] string? offset, [FromQuery] string? limit) =>
            {
                var (query, errors) = EventQueryParser.Parse(request.Query);
                foreach (var key in request.Query.Keys)
                {
                    if (key is not ("country" or "offset" or "limit"))
                    {
                        errors[key] = ["not a parameter of /api/clusters; known: country, offset, limit"];
                    }
                }

                if (query is null || errors.Count > 0)
                {
                    return Results.ValidationProblem(errors, title: "Invalid query parameters");
                }

                var (items, total) = stores.Use(s => s.ReadClusters(query.Offset, query.Limit, query.Country));
                return ApiJson.Write(json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("total", total);
                    json.WriteNumber("offset", query.Offset);
                    json.WriteNumber("limit", query.Limit);
                    json.WriteStartArray("items");
                    foreach (var item in items)
                    {
                        json.WriteRawValue(item, skipInputValidation: true);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            })
            .WithName("ListClusters")
            .WithSummary("Incidents reported by two or more articles: member event ids, source count, first report, merged date, place and conservative count. Rebuilt after each ingest and by 'wirewatch recluster'.");

        api.MapPost("/articles", (HttpRequest request, ArticleSubmission? submission) =>
            {
                if (options.WriteToken is null || options.Process is null)
                {
                    return Results.Problem(statusCode: 403, title: "Read-only", detail: "this server is read-only; start it with --write-token (or WIREWATCH_WRITE_TOKEN) to allow posting articles.");
                }

                if (!Authorized(request, options.WriteToken))
                {
                    return Results.Problem(statusCode: 401, title: "Unauthorized", detail: "send 'Authorization: Bearer TOKEN' with the server's write token.");
                }

                if (submission is null || string.IsNullOrWhiteSpace(submission.Text))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["is required and must not be empty"] });
                }

                if (submission.Text.Length > options.MaxArticleChars)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"is {submission.Text.Length:N0} characters; the limit is {options.MaxArticleChars:N0}"] });
                }

                var record = options.Process(submission, request.HttpContext.RequestAborted);
                // A new report may be another source of a stored incident: rebuild the clusters as ingest does.
                // One writer at a time, so that two rebuilds never race on the clusters table.
                bool stored;
                lock (writeGate)
                {
                    stored = stores.Use(s => s.Store(record) && s.Recluster(request.HttpContext.RequestAborted) >= 0);
                }
                return Results.Json(new { id = record.Id, stored, events = record.Events.Count, quotes = record.Quotes.Count }, statusCode: stored ? 201 : 200);
            })
            .WithName("PostArticle")
            .WithSummary("Processes and stores one article ({text, url, title, source, published}); needs the write token. 201 when stored, 200 when already stored.");
    }

    private static bool Authorized(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        var given = System.Text.Encoding.UTF8.GetBytes(header[7..].Trim());
        var expected = System.Text.Encoding.UTF8.GetBytes(token);
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static (StoredEvent Event, string Text, (int, int)? Sentence)? FindEvent(StoredArticle article, int ordinal)
    {
        using var doc = JsonDocument.Parse(article.RecordJson);
        var root = doc.RootElement;
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array || ordinal >= events.GetArrayLength())
        {
            return null;
        }

        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? string.Empty : string.Empty;
        var e = events[ordinal];
        (int, int)? sentence = null;
        if (e.TryGetProperty("sentence", out var index) && index.TryGetInt32(out int i)
            && root.TryGetProperty("sentences", out var sentences) && sentences.ValueKind == JsonValueKind.Array && i >= 0 && i < sentences.GetArrayLength())
        {
            sentence = (sentences[i].GetProperty("start").GetInt32(), sentences[i].GetProperty("end").GetInt32());
        }

        return (new StoredEvent(article with { RecordJson = string.Empty }, ordinal, e.GetRawText()), text, sentence);
    }
}

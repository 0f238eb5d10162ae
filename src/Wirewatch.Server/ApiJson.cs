using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Wirewatch.Storage;

namespace Wirewatch.Server;

/// <summary>Writes the API's JSON. Stored events and records are passed through as stored (raw JSON), not re-serialised.</summary>
internal static class ApiJson
{
    public static IResult Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return Results.Bytes(buffer.WrittenMemory.ToArray(), "application/json; charset=utf-8");
    }

    public static void Article(Utf8JsonWriter json, StoredArticle article, string? text = null)
    {
        json.WriteStartObject("article");
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("url", article.Url);
        json.WriteString("source", article.Source);
        json.WriteString("published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (text is not null)
        {
            json.WriteString("text", text);
        }

        json.WriteEndObject();
    }

    public static void Event(Utf8JsonWriter json, StoredEvent e, string? articleText = null, (int Start, int End)? sentence = null)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        Article(json, e.Article, articleText);
        if (sentence is { } s)
        {
            json.WriteStartObject("sentence");
            json.WriteNumber("start", s.Start);
            json.WriteNumber("end", s.End);
            json.WriteEndObject();
        }

        json.WritePropertyName("event");
        json.WriteRawValue(e.Json, skipInputValidation: true);
        json.WriteEndObject();
    }
}

using System.Text;
using System.Text.Json;

namespace Wirewatch.Storage;

/// <summary>Pulls the <c>events</c> and <c>quotes</c> arrays out of a JSON record without building a DOM of the whole record.</summary>
internal static class RecordSections
{
    public static (IReadOnlyList<EventRow> Events, IReadOnlyList<QuoteRow> Quotes) Extract(string recordJson)
    {
        var utf8 = Encoding.UTF8.GetBytes(recordJson);
        var reader = new Utf8JsonReader(utf8);
        List<EventRow>? events = null;
        List<QuoteRow>? quotes = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return ([], []);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isEvents = reader.ValueTextEquals("events"u8);
            bool isQuotes = !isEvents && reader.ValueTextEquals("quotes"u8);
            reader.Read();
            if ((isEvents || isQuotes) && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    int start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    int end = (int)reader.BytesConsumed;
                    var element = utf8.AsSpan(start, end - start);
                    if (isEvents)
                    {
                        (events ??= []).Add(ToEvent(element));
                    }
                    else
                    {
                        (quotes ??= []).Add(ToQuote(element));
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return (events ?? (IReadOnlyList<EventRow>)[], quotes ?? (IReadOnlyList<QuoteRow>)[]);
    }

    private static EventRow ToEvent(ReadOnlySpan<byte> element)
    {
        var json = Encoding.UTF8.GetString(element);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? type = String(root, "type");
        string? date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.Object ? String(d, "value") : null;
        string? country = root.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object ? String(l, "countryCode") : null;
        return new EventRow(type, date, country, json);
    }

    private static QuoteRow ToQuote(ReadOnlySpan<byte> element)
    {
        var json = Encoding.UTF8.GetString(element);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? speaker = null;
        if (root.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            // A relative pronoun ("officials, who said") is stored by the phrase it stands for, not as "who".
            speaker = String(s, "canonical") ?? (s.TryGetProperty("antecedent", out var a) ? String(a, "text") : null) ?? String(s, "text");
        }

        return new QuoteRow(speaker, json);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

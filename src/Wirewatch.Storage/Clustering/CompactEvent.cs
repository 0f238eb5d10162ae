using System.Text.Json;

namespace Wirewatch.Storage.Clustering;

/// <summary>
/// An event's JSON cut down to what <see cref="ClusterCandidate.From"/> reads (type, participants' names and ids,
/// date, place, killed, evidence texts): what the online stage keeps per membership, about a fifth of the full event.
/// </summary>
internal static class CompactEvent
{
    public static string From(string eventJson)
    {
        using var doc = JsonDocument.Parse(eventJson);
        var e = doc.RootElement;
        using var buffer = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (e.ValueKind == JsonValueKind.Object)
            {
                CopyProperties(json, e, "type");
                Participants(json, e, "actors");
                Participants(json, e, "recipients");
                Subset(json, e, "date", "value", "end", "basis");
                Subset(json, e, "location", "name", "text", "countryCode", "lat", "lon", "precision");
                if (e.TryGetProperty("killed", out var killed))
                {
                    if (killed.ValueKind == JsonValueKind.Object)
                    {
                        Subset(json, e, "killed", "value");
                    }
                    else
                    {
                        json.WritePropertyName("killed");
                        killed.WriteTo(json);
                    }
                }

                if (e.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.Array)
                {
                    json.WriteStartArray("evidence");
                    foreach (var span in evidence.EnumerateArray())
                    {
                        json.WriteStartObject();
                        if (span.ValueKind == JsonValueKind.Object)
                        {
                            CopyProperties(json, span, "text");
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Participants(Utf8JsonWriter json, JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var p in list.EnumerateArray())
        {
            json.WriteStartObject();
            if (p.ValueKind == JsonValueKind.Object)
            {
                CopyProperties(json, p, "text", "canonical", "entityId");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Subset(Utf8JsonWriter json, JsonElement e, string name, params ReadOnlySpan<string> keep)
    {
        if (!e.TryGetProperty(name, out var child))
        {
            return;
        }

        json.WritePropertyName(name);
        if (child.ValueKind != JsonValueKind.Object)
        {
            child.WriteTo(json);
            return;
        }

        json.WriteStartObject();
        CopyProperties(json, child, keep);
        json.WriteEndObject();
    }

    private static void CopyProperties(Utf8JsonWriter json, JsonElement e, params ReadOnlySpan<string> keep)
    {
        foreach (var name in keep)
        {
            if (e.TryGetProperty(name, out var value))
            {
                json.WritePropertyName(name);
                value.WriteTo(json);
            }
        }
    }
}

using System.Text.Json;
using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Muc4;

/// <summary>Reads MUC-4 in the GRIT or GTT jsonl form (one document per line) and prediction files of <c>eval muc4</c>.</summary>
public static class Muc4Reader
{
    /// <summary>
    /// Reads every document of a GRIT or GTT jsonl file. Gold mentions are <c>[text, offset]</c> pairs; only the text is kept.
    /// </summary>
    public static List<Muc4Document> ReadJsonl(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputRejectedException(path, "file not found.");
        }

        var docs = new List<Muc4Document>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var docId = root.GetProperty("docid").GetString() ?? throw new InputRejectedException(path, $"line {lineNumber}: docid is null.");
                var text = root.GetProperty("doctext").GetString() ?? string.Empty;
                Muc4Extracts? extracts = root.TryGetProperty("extracts", out var ex) ? ReadRoles(ex) : null;
                List<Muc4Template>? templates = null;
                if (root.TryGetProperty("templates", out var ts))
                {
                    templates = [];
                    foreach (var t in ts.EnumerateArray())
                    {
                        templates.Add(new Muc4Template(IncidentType(t), ReadRoles(t)));
                    }
                }

                docs.Add(new Muc4Document(docId, text, extracts, templates));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InputRejectedException(path, $"line {lineNumber}: not a GRIT/GTT document ({e.Message}).", e);
            }
        }

        return docs;
    }

    /// <summary>
    /// Reads a prediction file <c>{docid: {"pred_extracts": {...}, "pred_templates": [...]}}</c>, keyed by
    /// <see cref="Muc4DocKey.Of"/>. Either part may be absent.
    /// </summary>
    public static Dictionary<string, (Muc4Extracts? Extracts, IReadOnlyList<Muc4Template>? Templates)> ReadPredictions(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputRejectedException(path, "file not found.");
        }

        var result = new Dictionary<string, (Muc4Extracts?, IReadOnlyList<Muc4Template>?)>(StringComparer.Ordinal);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var doc in json.RootElement.EnumerateObject())
            {
                Muc4Extracts? extracts = doc.Value.TryGetProperty("pred_extracts", out var ex) ? ReadRoles(ex) : null;
                List<Muc4Template>? templates = null;
                if (doc.Value.TryGetProperty("pred_templates", out var ts))
                {
                    templates = [];
                    foreach (var t in ts.EnumerateArray())
                    {
                        templates.Add(new Muc4Template(IncidentType(t), ReadRoles(t)));
                    }
                }

                result[Muc4DocKey.Of(doc.Name)] = (extracts, templates);
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InputRejectedException(path, $"not a prediction file ({e.Message}).", e);
        }

        return result;
    }

    private static string? IncidentType(JsonElement template) =>
        template.TryGetProperty("incident_type", out var it) && it.ValueKind == JsonValueKind.String ? it.GetString() : null;

    private static Muc4Extracts ReadRoles(JsonElement element)
    {
        var roles = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var role in Muc4Roles.All)
        {
            if (!element.TryGetProperty(role, out var entities))
            {
                continue;
            }

            var list = new List<IReadOnlyList<string>>();
            foreach (var entity in entities.EnumerateArray())
            {
                var mentions = new List<string>();
                foreach (var m in entity.EnumerateArray())
                {
                    // Gold mentions are [text, offset], predicted ones plain strings; either form is accepted in both.
                    var text = m.ValueKind == JsonValueKind.Array ? m[0].GetString() : m.GetString();
                    mentions.Add(text ?? string.Empty);
                }

                list.Add(mentions);
            }

            roles[role] = list;
        }

        return new Muc4Extracts(roles);
    }
}

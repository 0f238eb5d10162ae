using System.Text.Json;

namespace Wirewatch.Eval.Muc4;

/// <summary>
/// Writes <c>{docid: {"pred_extracts": {"PerpInd": [[mention, ...], ...], ...}, "pred_templates": [...]}}</c>, the form
/// GRIT's and GTT's scorers read; <c>pred_templates</c> is written only when templates are given.
/// </summary>
public static class Muc4PredictionWriter
{
    public static void Write(Stream stream, IReadOnlyList<(string DocId, Muc4Extracts Extracts, IReadOnlyList<Muc4Template>? Templates)> predictions)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(predictions);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        w.WriteStartObject();
        foreach (var (docId, extracts, templates) in predictions)
        {
            w.WritePropertyName(docId);
            w.WriteStartObject();
            w.WritePropertyName("pred_extracts");
            WriteRoles(w, extracts, null);
            if (templates is not null)
            {
                w.WriteStartArray("pred_templates");
                foreach (var t in templates)
                {
                    WriteRoles(w, t.Roles, t.IncidentType ?? "attack");
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteRoles(Utf8JsonWriter w, Muc4Extracts extracts, string? incidentType)
    {
        w.WriteStartObject();
        if (incidentType is not null)
        {
            w.WriteString("incident_type", incidentType);
        }

        foreach (var role in Muc4Roles.All)
        {
            w.WriteStartArray(role);
            foreach (var entity in extracts[role])
            {
                w.WriteStartArray();
                foreach (var m in entity)
                {
                    w.WriteStringValue(m);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}

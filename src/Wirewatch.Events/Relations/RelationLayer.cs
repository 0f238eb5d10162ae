using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Events.Relations;

/// <summary>
/// The relations of a document, written as the record's <c>relations</c> array: <c>subject</c> and <c>object</c>
/// {text, start, end, canonical, entityId}, <c>predicate</c>, <c>evidence</c> {start, end, text}, <c>status</c>, <c>reason</c>.
/// </summary>
public sealed class RelationLayer : IJsonWritableLayer
{
    public RelationLayer(IReadOnlyList<ActorRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        Relations = relations;
    }

    public LayerKind Kind => LayerKind.Relations;

    public string JsonName => "relations";

    public IReadOnlyList<ActorRelation> Relations { get; }

    public void WriteJsonValue(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var r in Relations)
        {
            writer.WriteStartObject();
            WriteArgument(writer, document, "subject", r.Subject);
            writer.WriteString("predicate", r.Predicate);
            WriteArgument(writer, document, "object", r.Object);
            writer.WritePropertyName("evidence");
            DocumentJsonWriter.WriteSpan(writer, document, r.Evidence.Start, r.Evidence.End);
            writer.WriteString("status", r.Status);
            writer.WriteString("reason", r.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteArgument(Utf8JsonWriter writer, Document document, string name, RelationArgument argument)
    {
        writer.WriteStartObject(name);
        DocumentJsonWriter.WriteSpanProperties(writer, document, argument.Start, argument.End);
        if (argument.Canonical is null)
        {
            writer.WriteNull("canonical");
        }
        else
        {
            writer.WriteString("canonical", argument.Canonical);
        }

        if (argument.EntityId is null)
        {
            writer.WriteNull("entityId");
        }
        else
        {
            writer.WriteString("entityId", argument.EntityId);
        }

        writer.WriteEndObject();
    }
}

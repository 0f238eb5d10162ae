using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Entities;

/// <summary>
/// The entities of a document: one <see cref="ArticleEntity"/> per coreferent group, with all its mentions. Written as
/// the record's <c>entities</c> array: each element is the entity's first mention as <c>{start, end, text}</c> with
/// <c>label</c>, <c>canonical</c>, <c>entityId</c>, <c>country</c>, <c>sector</c>, <c>reason</c>, and <c>mentions</c>
/// (every mention, the first included, as <c>{start, end, text}</c>).
/// </summary>
public sealed class EntityLayer : IJsonWritableLayer
{
    private readonly int[] _entityOfToken;

    public EntityLayer(IReadOnlyList<ArticleEntity> entities, IReadOnlyList<EntityMention> mentions, int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(mentions);
        Entities = entities;
        Mentions = mentions;
        _entityOfToken = new int[tokenCount];
        Array.Fill(_entityOfToken, -1);
        foreach (var m in mentions)
        {
            for (int t = m.FirstToken; t < m.EndToken && t < tokenCount; t++)
            {
                _entityOfToken[t] = m.Entity;
            }
        }
    }

    public LayerKind Kind => LayerKind.Entities;

    public string JsonName => "entities";

    /// <summary>Entities in order of their first mention.</summary>
    public IReadOnlyList<ArticleEntity> Entities { get; }

    /// <summary>Every mention in text order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>The entity a token belongs to, or -1.</summary>
    public int EntityOfToken(int token) => (uint)token < (uint)_entityOfToken.Length ? _entityOfToken[token] : -1;

    public void WriteJsonValue(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var e in Entities)
        {
            writer.WriteStartObject();
            DocumentJsonWriter.WriteSpanProperties(writer, document, e.Start, e.End);
            writer.WriteString("label", e.Label.ToString());
            writer.WriteString("canonical", e.Canonical);
            Optional(writer, "entityId", e.EntityId);
            Optional(writer, "country", e.Country);
            Optional(writer, "sector", e.Sector);
            writer.WriteString("reason", e.Reason);
            writer.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                DocumentJsonWriter.WriteSpan(writer, document, m.Start, m.End);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}

using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The quotes of a document, written as the record's <c>quotes</c> array: <c>speaker</c> {text, start, end, canonical,
/// entityId, descriptor, and antecedent for a relative pronoun} or null, <c>cue</c> {start, end, text} or null, <c>content</c> {start, end, text},
/// <c>direct</c>, <c>partial</c>, <c>continuation</c>, <c>reason</c>.
/// </summary>
public sealed class QuoteLayer : IJsonWritableLayer
{
    public QuoteLayer(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        Quotes = quotes;
    }

    public LayerKind Kind => LayerKind.Quotes;

    public string JsonName => "quotes";

    /// <summary>Quotes in text order of their content.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    public void WriteJsonValue(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var q in Quotes)
        {
            writer.WriteStartObject();
            if (q.Speaker is { } s)
            {
                writer.WriteStartObject("speaker");
                DocumentJsonWriter.WriteSpanProperties(writer, document, s.Start, s.End);
                WriteOptional(writer, "canonical", s.Canonical);
                WriteOptional(writer, "entityId", s.EntityId);
                WriteOptional(writer, "descriptor", s.Descriptor);
                if (s.Antecedent is { } antecedent)
                {
                    writer.WritePropertyName("antecedent");
                    DocumentJsonWriter.WriteSpan(writer, document, antecedent.Start, antecedent.End);
                }
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speaker");
            }

            writer.WritePropertyName("cue");
            if (q.Cue is { } cue)
            {
                DocumentJsonWriter.WriteSpan(writer, document, cue.Start, cue.End);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WritePropertyName("content");
            DocumentJsonWriter.WriteSpan(writer, document, q.Content.Start, q.Content.End);
            writer.WriteBoolean("direct", q.Direct);
            writer.WriteBoolean("partial", q.Partial);
            writer.WriteBoolean("continuation", q.Continuation);
            writer.WriteString("reason", q.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}

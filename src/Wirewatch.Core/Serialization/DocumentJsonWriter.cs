using System.Text.Encodings.Web;
using System.Text.Json;
using Wirewatch.Core.Documents;

namespace Wirewatch.Core.Serialization;

/// <summary>Writes a document as the Wirewatch JSON record (field names as in DESIGN.md).</summary>
public static class DocumentJsonWriter
{
    /// <summary>Record format version; bumped when a field changes meaning or is removed.</summary>
    public const string FormatVersion = "1";

    private static readonly LayerKind[] ExtraLayers =
        [LayerKind.Entities, LayerKind.Places, LayerKind.Events, LayerKind.Quotes, LayerKind.Relations];

    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(Document document, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Write(writer, document);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Metadata;
        writer.WriteStartObject();
        writer.WriteString("format", FormatVersion);
        WriteOptional(writer, "id", meta.Id);
        WriteOptional(writer, "url", meta.Url);
        WriteOptional(writer, "title", meta.Title);
        WriteOptional(writer, "source", meta.Source);
        if (meta.Published is { } published)
        {
            writer.WriteString("published", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        WriteOptional(writer, "language", meta.Language);
        writer.WriteString("text", document.Text);

        if (document.Has(LayerKind.Sentences))
        {
            writer.WriteStartArray("sentences");
            for (int i = 0; i < document.SentenceCount; i++)
            {
                var sentence = document.Sentence(i);
                WriteSpan(writer, document, sentence.Start, sentence.End);
            }

            writer.WriteEndArray();
        }

        if (document.Has(LayerKind.Tokens))
        {
            WriteTokens(writer, document);
        }

        foreach (var kind in ExtraLayers)
        {
            if (document.Find<IAnnotationLayer>(kind) is IJsonWritableLayer layer)
            {
                writer.WritePropertyName(layer.JsonName);
                layer.WriteJsonValue(writer, document);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"start": s, "end": e, "text": "..."}</c>.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, Document document, int start, int end)
    {
        writer.WriteStartObject();
        WriteSpanProperties(writer, document, start, end);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>start</c>, <c>end</c> and <c>text</c> properties inside an open object.</summary>
    public static void WriteSpanProperties(Utf8JsonWriter writer, Document document, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", end);
        writer.WriteString("text", document.Text.AsSpan(start, end - start));
    }

    private static void WriteTokens(Utf8JsonWriter writer, Document document)
    {
        var tokens = document.TokenLayer;
        var tags = document.Find<TagLayer>(LayerKind.Tags);
        var lemmas = document.Find<LemmaLayer>(LayerKind.Lemmas);
        var deps = document.Find<DependencyLayer>(LayerKind.Dependencies);
        writer.WriteStartArray("tokens");
        for (int i = 0; i < tokens.Count; i++)
        {
            writer.WriteStartObject();
            WriteSpanProperties(writer, document, tokens.StartOf(i), tokens.EndOf(i));
            if (tags is not null)
            {
                writer.WriteString("upos", UposName(tags.Upos(i)));
                writer.WriteString("xpos", tags.Xpos(i));
            }

            if (lemmas is not null)
            {
                writer.WriteString("lemma", lemmas.Lemma(i));
            }

            if (deps is not null)
            {
                writer.WriteNumber("head", deps.Head(i));
                writer.WriteString("deprel", deps.Relation(i));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string UposName(UniversalPos pos) => pos == UniversalPos.None ? "_" : pos.ToString();

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}

using System.Text.Json;
using Wirewatch.Core.Documents;

namespace Wirewatch.Eval.Tokenization;

/// <summary>
/// Writes the <c>eval tokenize</c> prediction format: one JSON object per line,
/// <c>{"doc": name, "tokens": [[start, end], ...], "sentences": [[start, end], ...]}</c>.
/// </summary>
public sealed class TokenizationJsonlWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public TokenizationJsonlWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
    }

    public void Write(string doc, TokenLayer tokens, SentenceLayer sentences)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        _writer.WriteStartObject();
        _writer.WriteString("doc", doc);
        _writer.WriteStartArray("tokens");
        for (int i = 0; i < tokens.Count; i++)
        {
            WritePair(tokens.StartOf(i), tokens.EndOf(i));
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("sentences");
        for (int s = 0; s < sentences.Count; s++)
        {
            WritePair(tokens.StartOf(sentences.FirstToken(s)), tokens.EndOf(sentences.EndToken(s) - 1));
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _writer.Reset(_stream);
    }

    public void Dispose()
    {
        _writer.Dispose();
    }

    private void WritePair(int start, int end)
    {
        _writer.WriteStartArray();
        _writer.WriteNumberValue(start);
        _writer.WriteNumberValue(end);
        _writer.WriteEndArray();
    }
}

using System.Text;

namespace Wirewatch.Storage.Export;

/// <summary>The native format: each article's full JSON record, one per line, as it was stored.</summary>
public sealed class JsonLinesExportWriter : IExportWriter
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    private readonly EventFilter _filter;

    public JsonLinesExportWriter(Stream output, ExportOptions? options = null)
    {
        _filter = options?.Filter ?? EventFilter.None;
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _ownsWriter = true;
    }

    public JsonLinesExportWriter(TextWriter output, ExportOptions? options = null)
    {
        _filter = options?.Filter ?? EventFilter.None;
        _writer = output;
    }

    public int Write(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!_filter.IsEmpty && !HasMatchingEvent(article))
        {
            return 0;
        }

        // Records are written on one line by DocumentJsonWriter; a hand-edited record with newlines would break JSONL.
        if (article.RecordJson.Contains('\n', StringComparison.Ordinal))
        {
            _writer.Write(article.RecordJson.ReplaceLineEndings(" "));
        }
        else
        {
            _writer.Write(article.RecordJson);
        }

        _writer.Write('\n');
        return 1;
    }

    public void Complete() => _writer.Flush();

    /// <summary>With event filters, whole records are written when at least one of their events matches.</summary>
    private bool HasMatchingEvent(StoredArticle article)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(article.RecordJson);
            return _filter.MatchesAny(article, doc.RootElement);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }
}

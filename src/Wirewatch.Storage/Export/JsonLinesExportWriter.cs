using System.Text;

namespace Wirewatch.Storage.Export;

/// <summary>The native format: each article's full JSON record, one per line, as it was stored.</summary>
public sealed class JsonLinesExportWriter : IExportWriter
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    public JsonLinesExportWriter(Stream output)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _ownsWriter = true;
    }

    public JsonLinesExportWriter(TextWriter output)
    {
        _writer = output;
    }

    public int Write(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
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

    public void Dispose()
    {
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }
}

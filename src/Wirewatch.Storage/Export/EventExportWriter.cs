using System.Text;
using System.Text.Json;

namespace Wirewatch.Storage.Export;

/// <summary>
/// Base of the writers that emit one row per event: parses each article's record once, applies the filter and
/// hands every kept event to <see cref="WriteEvent"/>. Records without events (or unreadable ones) give no rows.
/// </summary>
public abstract class EventExportWriter : IExportWriter
{
    private bool _started;

    protected EventExportWriter(Stream output, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        Writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Options = options;
    }

    protected TextWriter Writer { get; }

    protected ExportOptions Options { get; }

    /// <summary>Records whose JSON could not be read; they are skipped, not fatal.</summary>
    public int Unreadable { get; private set; }

    public int Write(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        EnsureStarted();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(article.RecordJson);
        }
        catch (JsonException)
        {
            Unreadable++;
            return 0;
        }

        using (doc)
        {
            return WriteArticle(article, doc.RootElement);
        }
    }

    public void Complete()
    {
        EnsureStarted();
        WriteFooter();
        Writer.Flush();
    }

    public void Dispose()
    {
        Writer.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes the rows of one article; the default writes one row per kept event.</summary>
    protected virtual int WriteArticle(StoredArticle article, JsonElement record)
    {
        if (!record.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        int rows = 0;
        int index = 0;
        foreach (var element in events.EnumerateArray())
        {
            var e = new ExportedEvent(article, element, index++, record);
            if (Options.Filter.Matches(e) && WriteEvent(e))
            {
                rows++;
            }
        }

        return rows;
    }

    /// <summary>Writes one event's row; false when the format has no row for it (e.g. GTD for a non-attack).</summary>
    protected abstract bool WriteEvent(ExportedEvent e);

    /// <summary>A header line or an opening bracket; called once before the first row, even when there are none.</summary>
    protected virtual void WriteHeader()
    {
    }

    protected virtual void WriteFooter()
    {
    }

    private void EnsureStarted()
    {
        if (!_started)
        {
            _started = true;
            WriteHeader();
        }
    }
}

namespace Wirewatch.Storage.Export;

/// <summary>
/// Writes stored articles in one export format. One class per format: PLOVER, ACLED, GTD, CAMEO,
/// GeoJSON and quotes writers plug in beside <see cref="JsonLinesExportWriter"/> through <see cref="ExportFormats"/>.
/// </summary>
public interface IExportWriter : IDisposable
{
    /// <summary>Writes one article (or the rows derived from it); returns how many rows were written.</summary>
    int Write(StoredArticle article);

    /// <summary>Writes whatever closes the file (a footer, the end of a GeoJSON collection) and flushes.</summary>
    void Complete();
}

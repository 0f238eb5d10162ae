namespace Wirewatch.Storage.Export;

/// <summary>The export formats, in the order help lists them. Each future format is one writer class registered here.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        new("jsonl", "native JSON record, one article per line", (stream, options) => new JsonLinesExportWriter(stream, options)),
        new("plover", "PLOVER JSON lines, one event per line", (stream, options) => new PloverJsonLinesExportWriter(stream, options)),
        new("acled", "ACLED-shaped CSV with ACLED's column names, one event per row", (stream, options) => new AcledCsvExportWriter(stream, options)),
        new("gtd", "GTD-shaped CSV (events with a GTD attack type)", (stream, options) => new GtdCsvExportWriter(stream, options)),
        new("cameo", "CAMEO/Phoenix TSV (events with a CAMEO code)", (stream, options) => new CameoTsvExportWriter(stream, options)),
        new("geojson", "GeoJSON FeatureCollection of located events", (stream, options) => new GeoJsonExportWriter(stream, options)),
        new("quotes", "quotes CSV (speaker, descriptor, cue, content)", (stream, options) => new QuotesCsvExportWriter(stream, options)),
    ];

    public static ExportFormat? Find(string name)
    {
        foreach (var format in All)
        {
            if (string.Equals(format.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }
}

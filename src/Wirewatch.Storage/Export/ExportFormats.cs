namespace Wirewatch.Storage.Export;

/// <summary>The export formats, in the order help lists them. Each future format is one writer class registered here.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        new("jsonl", "native JSON record, one article per line", stream => new JsonLinesExportWriter(stream)),
        new("plover", "PLOVER JSON lines, one event per line", null),
        new("acled", "ACLED-shaped CSV with ACLED's column names", null),
        new("gtd", "GTD-shaped CSV", null),
        new("cameo", "CAMEO/Phoenix TSV", null),
        new("geojson", "GeoJSON FeatureCollection of located events", null),
        new("quotes", "quotes CSV (speaker, cue, content)", null),
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

using System.Globalization;

namespace Wirewatch.Storage.Export;

/// <summary>
/// CAMEO/Phoenix-style TSV: one event per line with actor codes (country + sector, "EGYMIL"), the CAMEO code,
/// its root, the quad class, the place and the source. Events without a CAMEO code are left out.
/// </summary>
public sealed class CameoTsvExportWriter : EventExportWriter
{
    public static readonly string[] Columns =
    [
        "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorText",
        "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorText", "EventCode", "EventRootCode", "QuadClass",
        "PloverType", "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
    ];

    public CameoTsvExportWriter(Stream output, ExportOptions options)
        : base(output, options)
    {
    }

    protected override void WriteHeader() => CsvLine.Write(Writer, Columns, '\t');

    protected override bool WriteEvent(ExportedEvent e)
    {
        if (string.IsNullOrEmpty(e.Cameo))
        {
            return false;
        }

        var date = e.Date;
        var source = e.Actors.Count > 0 ? e.Actors[0] : null;
        var target = e.Recipients.Count > 0 ? e.Recipients[0] : null;
        var root = e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo;
        CsvLine.Write(Writer,
        [
            e.Id,
            date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            date?.Year.ToString(CultureInfo.InvariantCulture),
            date?.Month.ToString(CultureInfo.InvariantCulture),
            date?.Day.ToString(CultureInfo.InvariantCulture),
            source?.Code, source?.Country, source?.Sector, source?.Name,
            target?.Code, target?.Country, target?.Sector, target?.Name,
            e.Cameo, root, QuadClass(root), e.Type,
            CsvLine.Number(e.Latitude, "0.0000"), CsvLine.Number(e.Longitude, "0.0000"),
            e.LocationName, e.Admin1, e.CountryCode,
            e.SentenceIndex is { } s ? $"{e.Article.Id}-{s}" : string.Empty,
            e.Article.Url, e.Article.Source,
        ], '\t');
        return true;
    }

    /// <summary>CAMEO's quad classes: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).</summary>
    internal static string QuadClass(string root) =>
        int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r switch
        {
            >= 1 and <= 5 => "1",
            >= 6 and <= 8 => "2",
            >= 9 and <= 13 => "3",
            >= 14 and <= 20 => "4",
            _ => string.Empty,
        } : string.Empty;
}

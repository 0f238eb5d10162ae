using System.Globalization;

namespace Wirewatch.Storage.Export;

/// <summary>
/// ACLED-shaped CSV with ACLED's column names, so that existing ACLED tooling reads it. Interaction codes follow
/// ACLED's numeric actor types (1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
/// 5 rioters, 6 protesters, 7 civilians, 8 external/other forces); fatalities are 0 when the article gives none or
/// only an unknown number, as ACLED codes them; geo_precision 4 (country) becomes ACLED's 3.
/// </summary>
public sealed class AcledCsvExportWriter : EventExportWriter
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    ];

    public AcledCsvExportWriter(Stream output, ExportOptions options)
        : base(output, options)
    {
    }

    protected override void WriteHeader() => CsvLine.Write(Writer, Columns);

    protected override bool WriteEvent(ExportedEvent e)
    {
        var date = e.Date;
        var actors = e.Actors;
        var recipients = e.Recipients;
        var placeCountry = e.CountryCode ?? (actors.Count > 0 ? actors[0].Country : null);
        var country = Options.Countries.Find(placeCountry);
        int inter1 = actors.Count > 0 ? InterCode(actors[0], placeCountry) : 0;
        int inter2 = recipients.Count > 0 ? InterCode(recipients[0], placeCountry) : 0;
        string interaction = inter1 == 0 ? string.Empty
            : inter2 == 0 ? (inter1 * 10).ToString(CultureInfo.InvariantCulture)
            : (Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2)).ToString(CultureInfo.InvariantCulture);
        bool civilianTarget = inter2 == 7 && e.AcledEventType is "Violence against civilians" or "Explosions/Remote violence";

        CsvLine.Write(Writer,
        [
            (placeCountry ?? "XXX") + e.Id,
            date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            date?.Year.ToString(CultureInfo.InvariantCulture),
            TimePrecision(e.DatePrecision),
            DisorderType(e.AcledEventType),
            e.AcledEventType,
            e.AcledSubEventType,
            actors.Count > 0 ? actors[0].Name : string.Empty,
            Associated(actors),
            inter1 == 0 ? string.Empty : inter1.ToString(CultureInfo.InvariantCulture),
            recipients.Count > 0 ? recipients[0].Name : string.Empty,
            Associated(recipients),
            inter2 == 0 ? string.Empty : inter2.ToString(CultureInfo.InvariantCulture),
            interaction,
            civilianTarget ? "Civilian targeting" : string.Empty,
            CsvLine.Number(country?.Numeric),
            country?.Name ?? placeCountry,
            e.Admin1,
            string.Empty,
            e.LocationName,
            CsvLine.Number(e.Latitude, "0.0000"),
            CsvLine.Number(e.Longitude, "0.0000"),
            e.GeoPrecision is { } p ? Math.Min(p, 3).ToString(CultureInfo.InvariantCulture) : string.Empty,
            e.Article.Source ?? e.Article.Url ?? e.Article.Id,
            Notes(e),
            (e.Killed ?? 0).ToString(CultureInfo.InvariantCulture),
        ]);
        return true;
    }

    /// <summary>ACLED's time_precision: 1 the day is known, 2 the week or a few days, 3 only the month or longer.</summary>
    internal static string TimePrecision(string? precision) => precision switch
    {
        "day" => "1",
        "week" => "2",
        "month" or "year" => "3",
        _ => string.Empty,
    };

    internal static string DisorderType(string? eventType) => eventType switch
    {
        "Battles" or "Explosions/Remote violence" or "Violence against civilians" => "Political violence",
        "Protests" or "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => string.Empty,
    };

    /// <summary>ACLED's numeric actor type from the PLOVER/Phoenix sector; a state acting outside its own country is external (8).</summary>
    internal static int InterCode(ExportedParticipant p, string? eventCountry) => p.Sector switch
    {
        "GOV" or "MIL" or "COP" or "SPY" or "JUD" or "LEG" => p.Country is { Length: 3 } c && eventCountry is { Length: 3 } && c != eventCountry ? 8 : 1,
        "REB" or "INS" or "SEP" or "RAD" or "TER" => 2,
        "UAF" or "MIL_NS" or "PTY" => 3,
        "ETH" => 4,
        "OPP" => 6,
        "CVL" or "REL" or "EDU" or "MED" or "BUS" or "JRN" or "HLH" or "LAB" or "AGR" or "REF" or "NGO" => 7,
        "IGO" or "UN" => 8,
        _ => 0,
    };

    private static string Associated(IReadOnlyList<ExportedParticipant> participants)
    {
        if (participants.Count < 2)
        {
            return string.Empty;
        }

        var names = new List<string>(participants.Count - 1);
        for (int i = 1; i < participants.Count; i++)
        {
            if (!names.Contains(participants[i].Name) && participants[i].Name != participants[0].Name)
            {
                names.Add(participants[i].Name);
            }
        }

        return string.Join("; ", names);
    }

    private static string Notes(ExportedEvent e)
    {
        var notes = e.Summary;
        if (e.IsClaimed)
        {
            notes += $" [claimed{(e.Claimant is { } c ? " by " + c : string.Empty)}{(e.ClaimChannel is { } ch ? " via " + ch : string.Empty)}; {e.ClaimVerified ?? "unverified"}]";
        }
        else if (e.Status is { } s && s != "asserted")
        {
            notes += $" [{s}{(e.Attribution is { } a ? " by " + a : string.Empty)}]";
        }

        if (e.Killed is null && e.Json.TryGetProperty("killed", out _))
        {
            notes += " [fatalities reported but not counted]";
        }

        return notes.Trim();
    }
}

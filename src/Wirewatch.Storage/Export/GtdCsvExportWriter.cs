using System.Collections.Frozen;
using System.Globalization;

namespace Wirewatch.Storage.Export;

/// <summary>
/// GTD-shaped CSV: the Global Terrorism Database's column names and numeric codes for attack, target and weapon
/// types (from the GTD codebook), with the text columns beside them. Only events the coder gave a GTD label are
/// written (GTD records terrorist attacks, not every event).
/// </summary>
public sealed class GtdCsvExportWriter : EventExportWriter
{
    public static readonly string[] Columns =
    [
        "eventid", "iyear", "imonth", "iday", "approxdate", "country", "country_txt", "region_txt", "provstate", "city",
        "latitude", "longitude", "specificity", "summary", "attacktype1", "attacktype1_txt", "targtype1", "targtype1_txt",
        "target1", "natlty1_txt", "gname", "weaptype1", "weaptype1_txt", "nkill", "nwound", "nhostkid", "claimed",
        "claimmode_txt", "scite1", "dbsource",
    ];

    private static readonly FrozenDictionary<string, int> AttackTypes = Codes(
        "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
        "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown");

    private static readonly FrozenDictionary<string, int> TargetTypes = Codes(
        "Business", "Government (General)", "Police", "Military", "Abortion Related", "Airports & Aircraft",
        "Government (Diplomatic)", "Educational Institution", "Food or Water Supply", "Journalists & Media", "Maritime",
        "NGO", "Other", "Private Citizens & Property", "Religious Figures/Institutions", "Telecommunication",
        "Terrorists/Non-State Militia", "Tourists", "Transportation", "Unknown", "Utilities", "Violent Political Party");

    private static readonly FrozenDictionary<string, int> WeaponTypes = Codes(
        "Biological", "Chemical", "Radiological", "Nuclear", "Firearms", "Explosives", "Fake Weapons", "Incendiary",
        "Melee", "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)", "Sabotage Equipment", "Other", "Unknown");

    public GtdCsvExportWriter(Stream output, ExportOptions options)
        : base(output, options)
    {
    }

    protected override void WriteHeader() => CsvLine.Write(Writer, Columns);

    protected override bool WriteEvent(ExportedEvent e)
    {
        if (e.GtdAttackType is null)
        {
            return false;
        }

        var date = e.Date;
        bool exactDay = e.DatePrecision == "day";
        var countryCode = e.CountryCode;
        var country = Options.Countries.Find(countryCode);
        var actor = e.Actors.Count > 0 ? e.Actors[0] : null;
        var target = e.Recipients.Count > 0 ? e.Recipients[0] : null;
        CsvLine.Write(Writer,
        [
            e.Id,
            date?.Year.ToString(CultureInfo.InvariantCulture),
            date is { } m && e.DatePrecision != "year" ? m.Month.ToString(CultureInfo.InvariantCulture) : "0",
            date is { } d && exactDay ? d.Day.ToString(CultureInfo.InvariantCulture) : "0",
            exactDay ? string.Empty : e.DateValue + (e.DateEnd is { } end ? " to " + end : string.Empty),
            CsvLine.Number(country?.Numeric),
            country?.Name ?? countryCode,
            country?.Region,
            e.Admin1,
            e.GeoPrecision == 1 ? e.LocationName : string.Empty,
            CsvLine.Number(e.Latitude, "0.0000"),
            CsvLine.Number(e.Longitude, "0.0000"),
            Specificity(e.GeoPrecision),
            e.Summary,
            Code(AttackTypes, e.GtdAttackType),
            e.GtdAttackType,
            Code(TargetTypes, e.GtdTargetType),
            e.GtdTargetType,
            target?.Text,
            target?.Country is { } tc ? Options.Countries.Find(tc)?.Name ?? tc : string.Empty,
            actor?.Name ?? "Unknown",
            Code(WeaponTypes, e.GtdWeaponType),
            e.GtdWeaponType,
            CsvLine.Number(e.Killed),
            CsvLine.Number(e.Injured),
            CsvLine.Number(e.Abducted),
            e.IsClaimed ? "1" : "0",
            e.IsClaimed ? e.ClaimChannel : string.Empty,
            e.Article.Url ?? e.Article.Title,
            "Wirewatch",
        ]);
        return true;
    }

    /// <summary>GTD's specificity: 1 the event's town is known, 3 only a region, 4 only a larger area, 5 unknown.</summary>
    private static string Specificity(int? precision) => precision switch
    {
        1 => "1",
        2 => "2",
        3 => "3",
        4 => "4",
        _ => "5",
    };

    private static string Code(FrozenDictionary<string, int> codes, string? text) =>
        text is not null && codes.TryGetValue(text, out var code) ? code.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static FrozenDictionary<string, int> Codes(params string[] names)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Length; i++)
        {
            map[names[i]] = i + 1;
        }

        // The codebook's long name for vehicles; coders write the short one.
        int vehicle = Array.IndexOf(names, "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)");
        if (vehicle >= 0)
        {
            map["Vehicle"] = vehicle + 1;
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

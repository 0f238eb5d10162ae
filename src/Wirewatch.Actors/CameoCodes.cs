using System.Collections.Frozen;

namespace Wirewatch.Actors;

/// <summary>
/// Reads a CAMEO actor code (<c>LBYMIL</c>, <c>EGYGOVMIL</c>, <c>IGOUNO</c>, <c>IMGMUSALQ</c>, <c>~COP</c>) into a country
/// and a PLOVER sector. Codes are runs of three letters: the first is a country when it is an ISO 3166-1 alpha-3
/// code, else an international type (IGO, NGO, IMG, MNC, ...); the sector is the first run that names a role.
/// </summary>
/// <remarks>
/// Mapping to sectors (PLOVER keeps CAMEO's role codes, so most pass through):
/// GOV, MIL, REB, OPP, PTY, COP, JUD, SPY, LEG, ELI, MED, EDU, BUS, CRM, CVL, LAB, AGR, HLH, ENV, DEV, HRI, REF,
/// UAF unchanged; INS (insurgents) and SEP (separatists) → REB; religion codes (MUS, CHR, JEW, HIN, BUD, CTH, SHI,
/// SUN, ...) → REL unless another run gives the sector; a leading IGO → IGO, NGO → NGO, MNC → BUS, IMG (international militarised group) → REB.
/// Attribute runs (MOD, RAD) and organisation identifiers (UNO, ALQ, ...) are skipped.
/// </remarks>
public static class CameoCodes
{
    private static readonly FrozenDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GOV"] = "GOV", ["MIL"] = "MIL", ["REB"] = "REB", ["OPP"] = "OPP", ["PTY"] = "PTY", ["COP"] = "COP",
        ["JUD"] = "JUD", ["SPY"] = "SPY", ["LEG"] = "LEG", ["ELI"] = "ELI", ["MED"] = "MED", ["EDU"] = "EDU",
        ["BUS"] = "BUS", ["CRM"] = "CRM", ["CVL"] = "CVL", ["LAB"] = "LAB", ["AGR"] = "AGR", ["HLH"] = "HLH",
        ["ENV"] = "ENV", ["DEV"] = "DEV", ["HRI"] = "HRI", ["REF"] = "REF", ["UAF"] = "UAF", ["INS"] = "REB",
        ["SEP"] = "REB", ["REL"] = "REL", ["IGO"] = "IGO", ["NGO"] = "NGO", ["NGM"] = "NGO",
        ["MUS"] = "REL", ["CHR"] = "REL", ["JEW"] = "REL", ["HIN"] = "REL", ["BUD"] = "REL", ["CTH"] = "REL",
        ["SHI"] = "REL", ["SUN"] = "REL", ["ORT"] = "REL", ["PRO"] = "REL", ["DOX"] = "REL", ["SFI"] = "REL",
        ["JAN"] = "REL", ["SIK"] = "REL", ["BAH"] = "REL", ["ZRO"] = "REL", ["CPT"] = "REL", ["ADR"] = "REL",
        ["ALE"] = "REL", ["ATH"] = "REL", ["CON"] = "REL", ["ITH"] = "REL", ["SHN"] = "REL", ["MOS"] = "REL",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> International = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["IGO"] = "IGO", ["NGO"] = "NGO", ["MNC"] = "BUS", ["IMG"] = "REB", ["NGM"] = "NGO",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Splits <paramref name="code"/> into its country (empty when none) and sector (empty when none).</summary>
    /// <param name="code">A CAMEO actor code; a leading <c>~</c> (agent codes) is ignored.</param>
    /// <param name="isCountry">Tells whether a three-letter run is an ISO alpha-3 country code.</param>
    public static (string Country, string Sector) Split(string code, Func<string, bool> isCountry)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(isCountry);
        var clean = code.Trim().TrimStart('~').TrimEnd('~');
        string country = string.Empty;
        string sector = string.Empty;
        for (int i = 0; i + 3 <= clean.Length; i += 3)
        {
            var run = clean.Substring(i, 3);
            if (i == 0)
            {
                if (International.TryGetValue(run, out var international))
                {
                    sector = international;
                    if (run is "IGO" or "NGO" or "NGM")
                    {
                        break;
                    }

                    continue;
                }

                if (isCountry(run))
                {
                    country = run;
                    continue;
                }
            }

            if (Roles.TryGetValue(run, out var role))
            {
                // A religion run (MUS in IMGMUSALQ) qualifies a group; it names the sector only when nothing else did.
                if (role == "REL" && sector.Length > 0)
                {
                    continue;
                }

                sector = role;
                if (role != "REL")
                {
                    break;
                }
            }
        }

        return (country, sector);
    }

    /// <summary>True when <paramref name="sector"/> is one of the sector codes this mapping produces.</summary>
    public static bool IsSector(string sector) => sector.Length == 3 && (Roles.Values.Contains(sector) || International.Values.Contains(sector));
}

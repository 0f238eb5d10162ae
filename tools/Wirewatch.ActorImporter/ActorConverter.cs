using System.Text.RegularExpressions;
using Wirewatch.Actors;

namespace Wirewatch.ActorImporter;

/// <summary>
/// Converts TABARI actors into our entries: readable names and aliases, a kind, the current country and sector
/// (from the open-ended or latest role), all roles with dates, and a stable id (<c>phx:</c> + slug, numbered on
/// collision in file order).
/// </summary>
/// <remarks>
/// Kinds are guessed because TABARI does not record them: a root whose only codes are an undated country (or
/// country + territory) code is a country; a name with an organisation word (army, party, council, ...) or a short
/// single word is an organisation; otherwise a multi-word name is a person in the countries and international
/// files (leaders and officials), and every non-state actor is an organisation.
/// </remarks>
internal static partial class ActorConverter
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "ARMY", "PARTY", "COUNCIL", "CONGRESS", "MINISTRY", "FORCES", "FORCE", "FRONT", "MOVEMENT", "GOVERNMENT", "STATE",
        "BRIGADE", "BRIGADES", "ALLIANCE", "COMMITTEE", "UNION", "ORGANIZATION", "ORGANISATION", "GROUP", "GROUPS", "LEAGUE",
        "ASSEMBLY", "PARLIAMENT", "POLICE", "COURT", "BANK", "AGENCY", "COMMISSION", "INSTITUTE", "NATIONS", "UNITED",
        "INTERNATIONAL", "FUND", "PROGRAMME", "PROGRAM", "OFFICE", "SECRETARIAT", "ASSOCIATION", "FEDERATION", "SOCIETY",
        "FOUNDATION", "CENTER", "CENTRE", "TRIBUNAL", "BUREAU", "DEPARTMENT", "SERVICE", "SERVICES", "AUTHORITY", "BOARD",
        "CORPS", "GUARD", "GUARDS", "NAVY", "MILITIA", "MILITIAS", "REBELS", "BATTALION", "CELLS", "CELL", "NUCLEI",
        "ACTION", "RESISTANCE", "LIBERATION", "REVOLUTIONARY", "JIHAD", "JAMAAT", "HIZB", "JAISH", "JAYSH", "ANSAR",
        "BRIGATE", "COMMAND", "MISSION", "REGIME", "SENATE", "CABINET", "DUMA", "KNESSET", "MAJLIS", "COALITION",
        "NETWORK", "COMPANY", "CORPORATION", "BODIES", "PANEL", "INITIATIVE", "PROJECT", "TALIBAN", "MUJAHIDEEN",
        "CHURCH", "COMMUNITY", "SECURITY", "INTELLIGENCE", "MILITARY", "LEGION", "DIVISION", "REGIMENT", "FACTION",
        "TIGERS", "HAWKS", "SQUAD", "SQUADS", "COMMANDOS", "PATROL", "STRUGGLE", "REVENGE", "PEOPLE", "PEOPLES",
        "REPUBLIC", "KINGDOM", "EMIRATE", "CALIPHATE", "AL-QAEDA", "QAEDA", "HAMAS", "HEZBOLLAH", "UN", "U.N.", "EU",
    };

    /// <summary>Converts one file's actors; <paramref name="usedIds"/> carries ids across files so they stay unique.</summary>
    public static List<ActorEntry> Convert(IReadOnlyList<TabariActor> actors, PhoenixFile file, string sourceName, Func<string, bool> isCountry, HashSet<string> usedIds)
    {
        var entries = new List<ActorEntry>();
        foreach (var actor in actors)
        {
            if (actor.Codes.Count == 0)
            {
                continue;
            }

            var roles = new List<ActorRole>();
            foreach (var code in actor.Codes)
            {
                var (country, sector) = CameoCodes.Split(code.Code, isCountry);
                var role = new ActorRole(code.Code, country, sector, code.From, code.To);
                if (!roles.Contains(role))
                {
                    roles.Add(role);
                }
            }

            var kind = KindOf(actor, roles, file, isCountry);
            var current = CurrentRole(roles);
            var names = new List<string>();
            bool organisation = kind == ActorKind.Organisation;
            AddName(names, actor.Root, organisation);
            foreach (var synonym in actor.Synonyms)
            {
                AddName(names, synonym, organisation);
            }

            if (names.Count == 0)
            {
                continue;
            }

            var name = names[0];
            var id = UniqueId("phx:" + Slug(name), usedIds);
            entries.Add(new ActorEntry
            {
                Id = id,
                Kind = kind,
                Name = name,
                Country = current.Country,
                Sector = kind == ActorKind.Country ? string.Empty : current.Sector,
                Roles = roles,
                Aliases = names,
                Source = sourceName,
            });
        }

        return entries;
    }

    /// <summary>A stable slug: lower-case letters and digits, words joined by hyphens.</summary>
    public static string Slug(string name)
    {
        var words = SlugSplit().Split(name.ToLowerInvariant());
        return string.Join('-', words.Where(w => w.Length > 0));
    }

    public static string UniqueId(string id, HashSet<string> usedIds)
    {
        if (usedIds.Add(id))
        {
            return id;
        }

        for (int n = 2; ; n++)
        {
            var candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (usedIds.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static ActorKind KindOf(TabariActor actor, List<ActorRole> roles, PhoenixFile file, Func<string, bool> isCountry)
    {
        bool undatedPlaceCodes = roles.TrueForAll(r => r.From is null && r.To is null && r.Sector.Length == 0 && (r.Code.Length is 3 or 6) && isCountry(r.Code[..3]));
        if (file == PhoenixFile.Countries && undatedPlaceCodes && !actor.Comment.Contains("CountryInfo", StringComparison.Ordinal))
        {
            return ActorKind.Country;
        }

        if (file == PhoenixFile.NonState)
        {
            return ActorKind.Organisation;
        }

        var words = actor.Root.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (OrganisationWords.Contains(word.Trim('(', ')', ',')))
            {
                return ActorKind.Organisation;
            }
        }

        if (words.Length == 1)
        {
            bool dated = roles.Exists(r => r.From is not null || r.To is not null);
            return dated || actor.Comment.Contains("CountryInfo", StringComparison.Ordinal) ? ActorKind.Person : ActorKind.Organisation;
        }

        return ActorKind.Person;
    }

    // The role held now: the last open-ended one, else the one that ended last.
    private static ActorRole CurrentRole(List<ActorRole> roles)
    {
        ActorRole? open = null, latest = null;
        foreach (var role in roles)
        {
            if (role.To is null)
            {
                open = role;
            }

            if (latest is null || (role.To ?? DateOnly.MaxValue) >= (latest.To ?? DateOnly.MaxValue))
            {
                latest = role;
            }
        }

        return open ?? latest ?? roles[0];
    }

    // "ADEN ABYAN ISLAMIC ARMY (AAIA)" gives "Aden Abyan Islamic Army" and the acronym "AAIA".
    private static void AddName(List<string> names, string raw, bool organisation)
    {
        var match = Parenthesised().Match(raw);
        string main = raw;
        if (match.Success)
        {
            main = (raw[..match.Index] + " " + raw[(match.Index + match.Length)..]).Trim();
            var inner = match.Groups["inner"].Value.Trim();
            main = string.Join(' ', main.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            AddOne(names, main, organisation);
            if (inner.Length > 1)
            {
                AddOne(names, inner, organisation);
            }

            return;
        }

        AddOne(names, main, organisation);
    }

    private static void AddOne(List<string> names, string raw, bool organisation)
    {
        if (NameKey.Of(raw).Length == 0)
        {
            return;
        }

        var readable = NameStyle.Readable(raw, organisation);
        if (!names.Contains(readable, StringComparer.Ordinal))
        {
            names.Add(readable);
        }
    }

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex SlugSplit();

    [GeneratedRegex(@"\((?<inner>[^)]*)\)")]
    private static partial Regex Parenthesised();
}

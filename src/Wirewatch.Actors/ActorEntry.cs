namespace Wirewatch.Actors;

/// <summary>
/// One actor of a dictionary: a stable id, its kind, a display name, its current country (ISO 3166-1 alpha-3,
/// empty for international or unknown) and PLOVER sector, a Wikidata QID where known, its coded roles over time,
/// and the names it goes by (the display name first).
/// </summary>
public sealed record ActorEntry
{
    /// <summary>Stable within our dictionaries: <c>SOURCE:slug</c>, e.g. <c>ww:islamic-state</c>, <c>phx:hamid-karzai</c>.</summary>
    public required string Id { get; init; }

    public required ActorKind Kind { get; init; }

    public required string Name { get; init; }

    public string Country { get; init; } = string.Empty;

    public string Sector { get; init; } = string.Empty;

    /// <summary>Wikidata id (<c>Q…</c>) or empty.</summary>
    public string Qid { get; init; } = string.Empty;

    public IReadOnlyList<ActorRole> Roles { get; init; } = [];

    /// <summary>Every name of the actor, the display name included.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The file the entry came from (for evidence and messages).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The entity label of the actor's mentions: PER, ORG or GPE.</summary>
    public string Label => Kind switch
    {
        ActorKind.Person => "PER",
        ActorKind.Country => "GPE",
        _ => "ORG",
    };

    /// <summary>The role held on <paramref name="date"/> (the latest such), or null.</summary>
    public ActorRole? RoleOn(DateOnly date)
    {
        ActorRole? found = null;
        foreach (var role in Roles)
        {
            if (role.HoldsOn(date))
            {
                found = role;
            }
        }

        return found;
    }
}

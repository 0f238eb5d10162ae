namespace Wirewatch.Entities;

/// <summary>
/// An entity of an article: its label, resolved name, id in our dictionaries (a Wikidata QID where known), country
/// (ISO 3166-1 alpha-3), PLOVER sector, and every mention of it in text order (the first is its representative).
/// </summary>
public sealed record ArticleEntity
{
    public required EntityLabel Label { get; init; }

    /// <summary>The resolved name: the dictionary's name, else the fullest mention.</summary>
    public required string Canonical { get; init; }

    /// <summary>A Wikidata QID when known, else our dictionary id (<c>ww:…</c>, <c>phx:…</c>), else null.</summary>
    public string? EntityId { get; init; }

    public string? Country { get; init; }

    public string? Sector { get; init; }

    public required IReadOnlyList<EntityMention> Mentions { get; init; }

    /// <summary>How the entity was found and resolved (model, dictionary entry, rule, coreference).</summary>
    public required string Reason { get; init; }

    public int Start => Mentions[0].Start;

    public int End => Mentions[0].End;
}

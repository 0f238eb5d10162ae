namespace Wirewatch.Events.Patterns;

/// <summary>
/// One entry of the trigger dictionary (data/events/triggers-*.tsv): a head lemma and part of speech, conditions
/// on its dependents, the PLOVER type (or a frame that lends its subject to an embedded event), mode, CAMEO code,
/// where the arguments are, and where the entry came from.
/// </summary>
public sealed record TriggerPattern
{
    /// <summary>The head word's lemma, lower case.</summary>
    public required string Lemma { get; init; }

    /// <summary>Verb or noun.</summary>
    public required TriggerPos Pos { get; init; }

    /// <summary>Conditions on the head's dependents; all must hold.</summary>
    public IReadOnlyList<TriggerCondition> Conditions { get; init; } = [];

    /// <summary>The PLOVER type; null for a frame.</summary>
    public string? Type { get; init; }

    /// <summary>Whether the entry is a frame ("claimed an assault", "carried out assassinations").</summary>
    public bool IsFrame => Type is null;

    /// <summary>The PLOVER mode, when the pattern fixes it.</summary>
    public string? Mode { get; init; }

    /// <summary>The CAMEO code.</summary>
    public string? Cameo { get; init; }

    /// <summary>Relations that hold the actor; null = the defaults for the part of speech.</summary>
    public IReadOnlyList<string>? ActorRelations { get; init; }

    /// <summary>Relations that hold the recipient; null = the defaults.</summary>
    public IReadOnlyList<string>? RecipientRelations { get; init; }

    /// <summary>For a frame: the relations that hold the embedded event.</summary>
    public IReadOnlyList<string> EventRelations { get; init; } = [];

    /// <summary>For a frame: the status it gives its event ("claimed"), or null.</summary>
    public string? Status { get; init; }

    /// <summary>True for the hand-curated file, false for entries converted from PETRARCH-2.</summary>
    public bool Curated { get; init; }

    /// <summary>Which file and line the entry comes from, for the event's reason.</summary>
    public required string Origin { get; init; }
}

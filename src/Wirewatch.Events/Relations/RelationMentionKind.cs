namespace Wirewatch.Events.Relations;

/// <summary>What a <see cref="RelationMention"/> is: re3d annotates groups by common nouns ("Soldiers", "enemy fighters") and pronouns ("We") as often as by names.</summary>
internal enum RelationMentionKind
{
    /// <summary>A mention of a named entity (PER, ORG, GPE, LOC, FAC, NORP).</summary>
    Name,

    /// <summary>A noun phrase headed by a common noun outside any name.</summary>
    Nominal,

    /// <summary>A personal pronoun (he, she, we, they).</summary>
    Pronoun,
}

namespace Wirewatch.Events.Relations;

/// <summary>How a relation pattern is matched (see <c>data/events/relation-patterns.tsv</c>).</summary>
public enum RelationMatchKind
{
    /// <summary>A word sequence; subject from the parse of its first word, object after its last word.</summary>
    Phrase,

    /// <summary>A hyphenated modifier: "al Qaeda-linked groups".</summary>
    Suffix,

    /// <summary>An organisation name, the word, and a place name: "Ansar al Sharia in Libya".</summary>
    OrganizationInPlace,

    /// <summary>An active verb (its lemma), subject to object: "IS fought the Libya Dawn militias"; a second word is the preposition of the object ("clashed with").</summary>
    Verb,

    /// <summary>An active verb whose object is the relation's subject: "the Coalition supports the SDF" → the SDF backed-by the Coalition.</summary>
    VerbReversed,

    /// <summary>A preposition heading a place name that modifies a noun: "militants in Derna", "the city of Mosul in Iraq".</summary>
    PlaceAfter,
}

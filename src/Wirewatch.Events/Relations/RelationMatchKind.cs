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

    /// <summary>A role noun between a person's name and an organisation's: "ISIL leader Abu Bakr al-Baghdadi", "the Front's spokesman X", "X, an ISIL commander", "X, commander, Y".</summary>
    Title,

    /// <summary>A passive phrase whose agent is the relation's subject: "the group, led by X" → X leader-of the group.</summary>
    PhraseReversed,

    /// <summary>A preposition heading an organisation's name that modifies a member noun or a person's name before it: "militants from ISIL", "members of the tribe".</summary>
    GroupAfter,
}

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
}

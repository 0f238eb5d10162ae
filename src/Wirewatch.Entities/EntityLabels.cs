namespace Wirewatch.Entities;

/// <summary>Helpers over <see cref="EntityLabel"/>: which are names, and the CoNLL type each maps to.</summary>
public static class EntityLabels
{
    /// <summary>True for names (PER … MISC); false for dates, times and numbers.</summary>
    public static bool IsName(EntityLabel label) => label <= EntityLabel.MISC;

    /// <summary>
    /// The CoNLL-2003 type of a name, as the evaluation contract maps it: GPE, LOC, FAC → LOC; NORP, EVENT and other
    /// names → MISC; null for dates, times and numbers.
    /// </summary>
    public static string? ConllType(EntityLabel label) => label switch
    {
        EntityLabel.PER => "PER",
        EntityLabel.ORG => "ORG",
        EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC => "LOC",
        EntityLabel.NORP or EntityLabel.EVENT or EntityLabel.MISC => "MISC",
        _ => null,
    };
}

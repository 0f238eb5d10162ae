using System.Collections.Frozen;

namespace Wirewatch.Eval.Acled;

/// <summary>
/// Combines the event coder's ACLED label with the keyword rules' label in <c>eval acled</c>. ACLED's codebook lets
/// the more specific sub-event win: a weapon (explosive, air strike, shelling, grenade, ...) outranks the generic
/// attack or clash, force or intervention against a protest outranks a peaceful protest or an arrest, and the
/// non-ACLED classes (disasters, organized crime, claims) are ones the event mapping cannot produce at all. So a
/// generic event label yields to a specific keyword label; otherwise the event's label stands.
/// </summary>
public static class AcledLabelCombiner
{
    /// <summary>Labels the event mapping gives from actor and target sectors or from an event type alone.</summary>
    private static readonly FrozenSet<string> Generic = new[]
    {
        "ATTACK", "ARMED_CLASH", "MOB_VIOL", "PROPERTY_DISTRUCT", "PEACE_PROTEST", "ARREST", AcledCaseLabels.Other,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for the generic labels that a more specific keyword label overrides.</summary>
    public static bool IsGeneric(string label) => Generic.Contains(label);

    /// <summary>The label to report: the event's, unless it is generic and the keyword label is specific; either may be null.</summary>
    public static string? Combine(string? eventLabel, string? keywordLabel)
    {
        if (eventLabel is null)
        {
            return keywordLabel;
        }

        return keywordLabel is not null && IsGeneric(eventLabel) && !IsGeneric(keywordLabel) ? keywordLabel : eventLabel;
    }
}

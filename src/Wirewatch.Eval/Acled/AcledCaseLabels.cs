using System.Collections.Frozen;

namespace Wirewatch.Eval.Acled;

/// <summary>
/// The label set of <c>eval acled</c>: the sub-event labels of the CASE 2021 shared task 2, with the ACLED event and
/// sub-event type each stands for (facts, as listed in the shared data's <c>acled/case2021-labels.txt</c>).
/// </summary>
public static class AcledCaseLabels
{
    public const string Other = "OTHER";

    public static IReadOnlyList<AcledCaseLabel> All { get; } =
    [
        new("ABDUCT_DISSAP", "Violence against civilians", "Abduction/forced disappearance"),
        new("AGREEMENT", "Strategic developments", "Agreement"),
        new("AIR_STRIKE", "Explosions/Remote violence", "Air/drone strike"),
        new("ARMED_CLASH", "Battles", "Armed clash"),
        new("ARREST", "Strategic developments", "Arrests"),
        new("ART_MISS_ATTACK", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        new("ATTACK", "Violence against civilians", "Attack"),
        new("CHANGE_TO_GROUP_ACT", "Strategic developments", "Change to group/activity"),
        new("CHEM_WEAP", "Explosions/Remote violence", "Chemical weapon"),
        new("DISR_WEAP", "Strategic developments", "Disrupted weapons use"),
        new("FORCE_AGAINST_PROTEST", "Protests", "Excessive force against protesters"),
        new("GOV_REGAINS_TERIT", "Battles", "Government regains territory"),
        new("GRENADE", "Explosions/Remote violence", "Grenade"),
        new("HQ_ESTABLISHED", "Strategic developments", "Headquarters or base established"),
        new("MOB_VIOL", "Riots", "Mob violence"),
        new("NON_STATE_ACTOR_OVERTAKES_TER", "Battles", "Non-state actor overtakes territory"),
        new("NON_VIOL_TERRIT_TRANSFER", "Strategic developments", "Non-violent transfer of territory"),
        new(Other, "Strategic developments", "Other"),
        new("PEACE_PROTEST", "Protests", "Peaceful protest"),
        new("PROPERTY_DISTRUCT", "Strategic developments", "Looting/property destruction"),
        new("PROTEST_WITH_INTER", "Protests", "Protest with intervention"),
        new("REM_EXPLOS", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        new("SEX_VIOL", "Violence against civilians", "Sexual violence"),
        new("SUIC_BOMB", "Explosions/Remote violence", "Suicide bomb"),
        new("VIOL_DEMONSTR", "Riots", "Violent demonstration"),
        new("ORG_CRIME", "-", "Organized crime"),
        new("NATURAL_DISASTER", "-", "Natural disaster"),
        new("MAN_MADE_DISASTER", "-", "Man-made disaster (accident, fire, spill)"),
        new("DIPLO", "-", "Diplomatic event"),
        new("ATTRIB", "-", "Claim or attribution of responsibility"),
    ];

    private static readonly FrozenSet<string> Labels = All.Select(l => l.Label).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> BySubEvent =
        All.Where(l => l.EventType != "-").ToFrozenDictionary(l => l.SubEventType, l => l.Label, StringComparer.OrdinalIgnoreCase);

    public static bool IsLabel(string label) => Labels.Contains(label);

    /// <summary>The CASE label of an ACLED sub-event type (case-insensitive), or null when it has none.</summary>
    public static string? LabelOf(string? subEventType) =>
        subEventType is not null && BySubEvent.TryGetValue(subEventType, out var label) ? label : null;
}

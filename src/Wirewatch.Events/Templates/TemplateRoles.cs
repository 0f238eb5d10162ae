namespace Wirewatch.Events.Templates;

/// <summary>The MUC-4 role slots the role tagger fills, in label and output order.</summary>
public static class TemplateRoles
{
    /// <summary>Individual perpetrators, perpetrator organisations, physical targets, human victims, weapons.</summary>
    public static IReadOnlyList<string> All { get; } = ["PerpInd", "PerpOrg", "Target", "Victim", "Weapon"];

    /// <summary>Number of BIO labels: O, then B- and I- of each role.</summary>
    public static int LabelCount => 1 + (2 * All.Count);

    /// <summary>Label id of B-role (I-role is one more).</summary>
    public static int Begin(int role) => 1 + (2 * role);

    /// <summary>The role of a label id (-1 for O).</summary>
    public static int RoleOf(int label) => label == 0 ? -1 : (label - 1) / 2;

    /// <summary>True for an I- label.</summary>
    public static bool IsInside(int label) => label != 0 && (label - 1) % 2 == 1;

    /// <summary>Label names (O, B-PerpInd, I-PerpInd, ...), as stored in the model file.</summary>
    public static IReadOnlyList<string> LabelNames { get; } = MakeNames();

    private static string[] MakeNames()
    {
        var names = new string[LabelCount];
        names[0] = "O";
        for (int r = 0; r < All.Count; r++)
        {
            names[Begin(r)] = "B-" + All[r];
            names[Begin(r) + 1] = "I-" + All[r];
        }

        return names;
    }
}

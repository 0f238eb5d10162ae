namespace Wirewatch.Eval.Muc4;

/// <summary>The five role slots scored by GRIT's CEAF-REE and GTT's template metric, in their usual order.</summary>
public static class Muc4Roles
{
    public const string PerpInd = "PerpInd";
    public const string PerpOrg = "PerpOrg";
    public const string Target = "Target";
    public const string Victim = "Victim";
    public const string Weapon = "Weapon";

    /// <summary>All roles, in output and report order.</summary>
    public static IReadOnlyList<string> All { get; } = [PerpInd, PerpOrg, Target, Victim, Weapon];
}

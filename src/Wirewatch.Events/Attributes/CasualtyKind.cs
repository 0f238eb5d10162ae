namespace Wirewatch.Events.Attributes;

/// <summary>The four ACLED-style casualty counts.</summary>
internal enum CasualtyKind
{
    None = -1,
    Killed = 0,
    Injured = 1,
    Abducted = 2,
    Arrested = 3,
}

namespace Wirewatch.Actors;

/// <summary>
/// What a nationality phrase says: "Egyptian jets" → EGY, MIL; "four Saudi men" → SAU, CVL. <see cref="AgentEnd"/>
/// is the token after the agent noun, or the token after the demonym when no agent follows (sector empty).
/// </summary>
public readonly record struct NationalityReading(string Country, string Sector, int AgentFirst, int AgentEnd, AgentEntry? Agent);

namespace Wirewatch.Eval.Muc4;

/// <summary>One incident template of the GTT form: an incident type and its role fillers.</summary>
/// <param name="IncidentType">e.g. <c>attack</c>, <c>bombing</c>; null in a prediction means "attack", as the reference scorer reads it.</param>
/// <param name="Roles">The role fillers.</param>
public sealed record Muc4Template(string? IncidentType, Muc4Extracts Roles);

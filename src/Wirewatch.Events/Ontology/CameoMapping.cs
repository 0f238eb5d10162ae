namespace Wirewatch.Events.Ontology;

/// <summary>One row of the CAMEO→PLOVER map: a CAMEO code and the PLOVER type, mode and contexts it becomes.</summary>
public sealed record CameoMapping(string Code, string Type, string? Mode, IReadOnlyList<string> Contexts, string Description);

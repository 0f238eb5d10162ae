namespace Wirewatch.Events.Ontology;

/// <summary>
/// One row of data/ontology/plover-acled.tsv: a PLOVER type with optional mode and actor/recipient sectors
/// (null = any) and the ACLED label it maps to. Rows are tried in file order; the first match wins.
/// </summary>
public sealed record AcledRule(string Type, string? Mode, string? ActorSector, string? RecipientSector, AcledLabel Label, int Line);

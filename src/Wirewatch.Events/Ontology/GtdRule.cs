namespace Wirewatch.Events.Ontology;

/// <summary>One row of data/ontology/plover-gtd.tsv: a PLOVER type and optional mode (null = any) and the GTD attack and weapon types.</summary>
public sealed record GtdRule(string Type, string? Mode, string? AttackType, string? WeaponType, int Line);

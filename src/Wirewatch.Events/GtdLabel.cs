namespace Wirewatch.Events;

/// <summary>GTD attack, target and weapon types (GTD codebook labels); each may be unknown.</summary>
public sealed record GtdLabel(string? AttackType, string? TargetType, string? WeaponType);

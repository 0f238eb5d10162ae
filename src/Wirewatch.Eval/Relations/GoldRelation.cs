namespace Wirewatch.Eval.Relations;

/// <summary>An annotated relation: re3d's <see cref="Type"/> (BelongsTo, AlliesOf, ...) from a source span to a target span (character offsets, end exclusive).</summary>
public sealed record GoldRelation(string Type, int SourceStart, int SourceEnd, int TargetStart, int TargetEnd);

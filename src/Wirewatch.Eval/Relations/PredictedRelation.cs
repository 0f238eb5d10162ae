namespace Wirewatch.Eval.Relations;

/// <summary>A relation the system found: one of the record's predicates between a subject span and an object span (character offsets, end exclusive).</summary>
public sealed record PredictedRelation(string Predicate, int SubjectStart, int SubjectEnd, int ObjectStart, int ObjectEnd);

namespace Wirewatch.Entities;

/// <summary>The strongest reading of a gazetteer name and the entry that gives it.</summary>
public readonly record struct GazetteerReading(GazetteerKind Kind, int Entry);

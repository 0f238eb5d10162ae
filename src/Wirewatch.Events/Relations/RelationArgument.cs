namespace Wirewatch.Events.Relations;

/// <summary>One side of a relation: the words of the text (<c>[Start, End)</c>) and, when they name a known entity, its canonical name and id.</summary>
public sealed record RelationArgument(string Text, int Start, int End, string? Canonical, string? EntityId);

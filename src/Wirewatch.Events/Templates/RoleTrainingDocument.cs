namespace Wirewatch.Events.Templates;

/// <summary>A training document: its text and, per role, the gold entities as lists of mention strings.</summary>
public sealed record RoleTrainingDocument(string Text, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Roles);

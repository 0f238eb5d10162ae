namespace Wirewatch.Events.Templates;

/// <summary>
/// What the role tagger found in one document: per role, entities (each a list of mention strings as they appear in
/// the text, first mention first), a guessed incident type, and the mentions with their spans.
/// </summary>
public sealed record RoleExtraction(
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Roles,
    string IncidentType,
    IReadOnlyList<RoleMention> Mentions);

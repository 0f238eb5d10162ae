namespace Wirewatch.Events.Templates;

/// <summary>A predicted role-filler mention: the role, its character span in the text and its text.</summary>
public readonly record struct RoleMention(string Role, int Start, int End, string Text);

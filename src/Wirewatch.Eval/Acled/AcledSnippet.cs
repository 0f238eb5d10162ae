namespace Wirewatch.Eval.Acled;

/// <summary>One input line of <c>eval acled</c>: an id and a news snippet.</summary>
public sealed record AcledSnippet(string Id, string Text);

namespace Wirewatch.Eval.Acled;

/// <summary>
/// One rule of the keyword classifier: a label and phrases that must all occur in the snippet. Each phrase is a list
/// of consecutive words; a word ending in '*' matches any word that starts with it.
/// </summary>
public sealed record AcledKeywordRule(string Label, IReadOnlyList<IReadOnlyList<string>> Phrases, int Line);

namespace Wirewatch.Eval.Relations;

/// <summary>
/// One re3d document: <see cref="Id"/> is "folder/_id", <see cref="Index"/> its position in the corpus order (folders
/// by name, documents by id) — the numbering the recognizer's folds use (index mod 5 = 4 is held out).
/// </summary>
public sealed record Re3dDocument(string Id, int Index, string Text);

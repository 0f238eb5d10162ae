namespace Wirewatch.Eval.Relations;

/// <summary>
/// One re3d document: <see cref="Id"/> is "folder/_id", <see cref="Index"/> its position in the corpus order (folders
/// by name, documents by id), over every document (index mod 5 = 4 is the held-out fold of <c>eval relations</c>).
/// </summary>
public sealed record Re3dDocument(string Id, int Index, string Text);

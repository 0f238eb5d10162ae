namespace Wirewatch.Eval.Muc4;

/// <summary>
/// One document of the GRIT or GTT jsonl form. <see cref="Extracts"/> is filled from GRIT's <c>extracts</c>,
/// <see cref="Templates"/> from GTT's <c>templates</c>; prediction reads only <see cref="DocId"/> and <see cref="Text"/>.
/// </summary>
public sealed record Muc4Document(string DocId, string Text, Muc4Extracts? Extracts, IReadOnlyList<Muc4Template>? Templates);

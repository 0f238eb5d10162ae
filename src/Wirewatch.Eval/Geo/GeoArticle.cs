namespace Wirewatch.Eval.Geo;

/// <summary>One article of a toponym-resolution corpus: its 0-based position, text and toponym spans.</summary>
public sealed record GeoArticle(int Index, string Text, IReadOnlyList<GeoToponym> Toponyms);

namespace Wirewatch.Eval.Geo;

/// <summary>A toponym span of a corpus article; <see cref="Gold"/> is null when the corpus gives no position (or the answers were blanked).</summary>
public sealed record GeoToponym(int Start, int End, string Phrase, GeoPoint? Gold);

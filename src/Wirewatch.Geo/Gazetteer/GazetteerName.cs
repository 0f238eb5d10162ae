namespace Wirewatch.Geo.Gazetteer;

/// <summary>A name of a feature as the compiler hands it to the builder (not yet normalised).</summary>
public readonly record struct GazetteerName(string Text, NameKind Kind);

namespace Wirewatch.Eval.Geo;

/// <summary>A predicted position for one toponym span; <see cref="Point"/> is null when nothing was resolved.</summary>
public sealed record GeoPrediction(int Doc, int Start, int End, GeoPoint? Point);

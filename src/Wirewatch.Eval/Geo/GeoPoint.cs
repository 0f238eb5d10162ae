namespace Wirewatch.Eval.Geo;

/// <summary>A gold or predicted position, with its GeoNames id when there is one.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude, int? GeonameId = null);

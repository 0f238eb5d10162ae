namespace Wirewatch.Eval.Geo;

/// <summary>
/// Geocoding figures over the toponyms that have a gold position: accuracy within 161 km (100 miles),
/// mean and median error in km, plus how many had no prediction (counted at <see cref="GeoMetrics.MissingErrorKm"/>)
/// and, where both sides carry GeoNames ids, how often the ids agree.
/// </summary>
public sealed record GeoScore(
    int Toponyms,
    int Unresolved,
    double AccuracyAt161,
    double MeanKm,
    double MedianKm,
    int IdPairs,
    double IdAccuracy);

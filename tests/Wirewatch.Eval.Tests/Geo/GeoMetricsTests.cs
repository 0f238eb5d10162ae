using Wirewatch.Eval.Geo;

namespace Wirewatch.Eval.Tests.Geo;

public class GeoMetricsTests
{
    [Fact]
    public void Haversine_matches_known_distances()
    {
        Assert.Equal(0, GeoMetrics.DistanceKm(32.9, 13.2, 32.9, 13.2), 9);
        Assert.InRange(GeoMetrics.DistanceKm(48.8566, 2.3522, 51.5074, -0.1278), 340, 347); // Paris-London
        Assert.InRange(GeoMetrics.DistanceKm(34.43352, 35.84415, 32.88743, 13.18733), 2090, 2110); // the two Tripolis
        Assert.InRange(GeoMetrics.DistanceKm(90, 0, -90, 0), 20015, 20016);
    }

    [Fact]
    public void Accuracy_mean_median_and_the_161_km_threshold()
    {
        var gold = new List<GeoArticle>
        {
            new(0, "text", [
                new GeoToponym(0, 1, "a", new GeoPoint(0, 0)),
                new GeoToponym(1, 2, "b", new GeoPoint(0, 0, 7)),
                new GeoToponym(2, 3, "c", new GeoPoint(0, 0)),
                new GeoToponym(3, 4, "d", null), // no gold position: not scored
            ]),
        };
        double oneDegree = GeoMetrics.DistanceKm(0, 0, 0, 1); // ~111 km, inside 161
        var predictions = new List<GeoPrediction>
        {
            new(0, 0, 1, new GeoPoint(0, 0)),
            new(0, 1, 2, new GeoPoint(0, 1, 7)),
            new(0, 2, 3, new GeoPoint(0, 2)), // ~222 km, outside
            new(0, 3, 4, new GeoPoint(50, 50)),
        };
        var score = GeoMetrics.Score(gold, predictions);
        Assert.Equal(3, score.Toponyms);
        Assert.Equal(0, score.Unresolved);
        Assert.Equal(2.0 / 3, score.AccuracyAt161, 9);
        Assert.Equal(oneDegree * 3 / 3, score.MeanKm, 6);
        Assert.Equal(oneDegree, score.MedianKm, 6);
        Assert.Equal(1, score.IdPairs);
        Assert.Equal(1.0, score.IdAccuracy);
    }

    [Fact]
    public void Missing_predictions_count_as_the_worst_error_and_even_counts_average_the_median()
    {
        var gold = new List<GeoArticle>
        {
            new(0, "t", [new GeoToponym(0, 1, "a", new GeoPoint(10, 10)), new GeoToponym(1, 2, "b", new GeoPoint(10, 10))]),
        };
        var score = GeoMetrics.Score(gold, [new GeoPrediction(0, 0, 1, new GeoPoint(10, 10)), new GeoPrediction(0, 1, 2, null)]);
        Assert.Equal(1, score.Unresolved);
        Assert.Equal(0.5, score.AccuracyAt161);
        Assert.Equal(GeoMetrics.MissingErrorKm / 2, score.MedianKm, 6);
        Assert.Equal(0, GeoMetrics.Score([], []).Toponyms);
    }
}

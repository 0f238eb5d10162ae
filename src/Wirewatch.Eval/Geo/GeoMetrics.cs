namespace Wirewatch.Eval.Geo;

/// <summary>Accuracy within 161 km, mean and median error, the standard geocoding metrics.</summary>
public static class GeoMetrics
{
    /// <summary>161 km, i.e. 100 miles.</summary>
    public const double ThresholdKm = 161;

    /// <summary>Error charged for a toponym with no prediction: half the Earth's circumference, the worst possible.</summary>
    public const double MissingErrorKm = 20037.5;

    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine distance in km.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double toRad = Math.PI / 180;
        double dLat = (lat2 - lat1) * toRad;
        double dLon = (lon2 - lon1) * toRad;
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * toRad) * Math.Cos(lat2 * toRad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Scores predictions against the gold articles; predictions are matched by document and span.</summary>
    public static GeoScore Score(IReadOnlyList<GeoArticle> gold, IEnumerable<GeoPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var byKey = new Dictionary<(int, int, int), GeoPoint?>();
        foreach (var p in predictions)
        {
            byKey[(p.Doc, p.Start, p.End)] = p.Point;
        }

        var errors = new List<double>();
        int unresolved = 0, idPairs = 0, idHits = 0;
        foreach (var article in gold)
        {
            foreach (var t in article.Toponyms)
            {
                if (t.Gold is not { } g)
                {
                    continue;
                }

                if (byKey.GetValueOrDefault((article.Index, t.Start, t.End)) is { } p)
                {
                    errors.Add(DistanceKm(g.Latitude, g.Longitude, p.Latitude, p.Longitude));
                    if (g.GeonameId is { } gid && p.GeonameId is { } pid)
                    {
                        idPairs++;
                        idHits += gid == pid ? 1 : 0;
                    }
                }
                else
                {
                    unresolved++;
                    errors.Add(MissingErrorKm);
                }
            }
        }

        if (errors.Count == 0)
        {
            return new GeoScore(0, 0, 0, 0, 0, 0, 0);
        }

        errors.Sort();
        int within = 0;
        double sum = 0;
        foreach (double e in errors)
        {
            within += e <= ThresholdKm ? 1 : 0;
            sum += e;
        }

        int n = errors.Count;
        double median = n % 2 == 1 ? errors[n / 2] : (errors[(n / 2) - 1] + errors[n / 2]) / 2;
        return new GeoScore(n, unresolved, (double)within / n, sum / n, median, idPairs, idPairs == 0 ? 0 : (double)idHits / idPairs);
    }
}

using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.GazetteerCompiler;

/// <summary>
/// Accumulates points and gives their bounding box and its centre. Longitudes are tracked twice, as
/// given and shifted to [0, 360), and the narrower span wins, so a box across the antimeridian
/// (Fiji, Chukotka, Alaska's Aleutians) stays tight.
/// </summary>
public sealed class ExtentAccumulator
{
    private double _minLat = double.MaxValue, _maxLat = double.MinValue;
    private double _minLon = double.MaxValue, _maxLon = double.MinValue;
    private double _minShifted = double.MaxValue, _maxShifted = double.MinValue;

    public int Count { get; private set; }

    public long Population { get; private set; }

    public void Add(double latitude, double longitude, long population = 0)
    {
        Count++;
        Population += population;
        _minLat = Math.Min(_minLat, latitude);
        _maxLat = Math.Max(_maxLat, latitude);
        _minLon = Math.Min(_minLon, longitude);
        _maxLon = Math.Max(_maxLon, longitude);
        double shifted = longitude < 0 ? longitude + 360 : longitude;
        _minShifted = Math.Min(_minShifted, shifted);
        _maxShifted = Math.Max(_maxShifted, shifted);
    }

    public GeoExtent? Extent()
    {
        if (Count == 0)
        {
            return null;
        }

        if (_maxShifted - _minShifted < _maxLon - _minLon)
        {
            return new GeoExtent((float)_minLat, (float)_maxLat, (float)Wrap(_minShifted), (float)Wrap(_maxShifted));
        }

        return new GeoExtent((float)_minLat, (float)_maxLat, (float)_minLon, (float)_maxLon);
    }

    /// <summary>The centre of the bounding box: on news data it lands nearer a division's reference point than the mean of its towns.</summary>
    public (double Latitude, double Longitude) Centre()
    {
        var e = Extent() ?? throw new InvalidOperationException("No points.");
        var (lat, lon) = e.PointAt(0.5, 0.5);
        return (Math.Round(lat, 4), Math.Round(lon, 4));
    }

    private static double Wrap(double lon) => lon > 180 ? lon - 360 : lon;
}

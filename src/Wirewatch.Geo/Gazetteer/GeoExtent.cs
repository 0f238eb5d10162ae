namespace Wirewatch.Geo.Gazetteer;

/// <summary>A latitude/longitude box. <see cref="MinLongitude"/> may exceed <see cref="MaxLongitude"/> when the box crosses the antimeridian.</summary>
public readonly record struct GeoExtent(float MinLatitude, float MaxLatitude, float MinLongitude, float MaxLongitude)
{
    public bool CrossesAntimeridian => MinLongitude > MaxLongitude;

    public float LongitudeSpan => CrossesAntimeridian ? MaxLongitude + 360f - MinLongitude : MaxLongitude - MinLongitude;

    /// <summary>A point at fractions (<paramref name="latFraction"/>, <paramref name="lonFraction"/>) of the box, 0 = south/west, 1 = north/east.</summary>
    public (double Latitude, double Longitude) PointAt(double latFraction, double lonFraction)
    {
        double lat = MinLatitude + ((MaxLatitude - MinLatitude) * latFraction);
        double lon = MinLongitude + (LongitudeSpan * lonFraction);
        if (lon > 180)
        {
            lon -= 360;
        }

        return (lat, lon);
    }
}

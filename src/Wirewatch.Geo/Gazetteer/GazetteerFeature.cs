namespace Wirewatch.Geo.Gazetteer;

/// <summary>One feature as the compiler hands it to <see cref="GazetteerBuilder"/>.</summary>
public sealed record GazetteerFeature
{
    /// <summary>GeoNames id; 0 when the feature has none (our additions, admin2 from the name tables).</summary>
    public int GeonameId { get; init; }

    public required string Name { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    /// <summary>ISO 3166-1 alpha-3, or empty for features outside any country (continents, seas).</summary>
    public string CountryCode { get; init; } = string.Empty;

    /// <summary>A key other features use to point here (<c>LY.70</c> for an admin1, <c>LBY</c> for a country).</summary>
    public string? Key { get; init; }

    /// <summary>The <see cref="Key"/> of the first-order division this feature lies in, if known.</summary>
    public string? Admin1Key { get; init; }

    /// <summary>GeoNames feature class letter (P, A, L, S, H, T).</summary>
    public required char FeatureClass { get; init; }

    /// <summary>GeoNames feature code (PPLC, PPLA, ADM1, PCLI, RGN, CONT, HTL, OILF, ...).</summary>
    public required string FeatureCode { get; init; }

    public long Population { get; init; }

    public required PlaceKind Kind { get; init; }

    /// <summary>1 = town or finer, 2 = near a town or part of a region, 3 = region, 4 = country or larger.</summary>
    public required byte Precision { get; init; }

    public IReadOnlyList<GazetteerName> Names { get; init; } = [];

    /// <summary>Bounding box, for countries and divisions ("eastern Libya" needs one).</summary>
    public GeoExtent? Extent { get; init; }
}

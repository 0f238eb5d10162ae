namespace Wirewatch.Geo.Gazetteer;

/// <summary>What a gazetteer entry is; drives its default precision and its prior in resolution.</summary>
public enum PlaceKind : byte
{
    /// <summary>A populated place (GeoNames feature class P).</summary>
    Place = 0,

    /// <summary>A facility or landmark (hotel, oilfield, airport, base).</summary>
    Facility = 1,

    /// <summary>A second-order administrative division (county, district).</summary>
    Admin2 = 2,

    /// <summary>A first-order administrative division (state, province, governorate).</summary>
    Admin1 = 3,

    /// <summary>A named region that is not an administrative unit (Sinai, North Africa).</summary>
    Region = 4,

    /// <summary>A sea, gulf or other body of water.</summary>
    Water = 5,

    /// <summary>A country or dependent territory.</summary>
    Country = 6,

    /// <summary>A continent.</summary>
    Continent = 7,
}

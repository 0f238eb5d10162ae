using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.Geo.Tests;

/// <summary>A hand-made gazetteer with the ambiguities the tests need (two Tripolis, a Derna in Romania).</summary>
internal static class TinyGazetteer
{
    private static readonly Lazy<BinaryGazetteer> Instance = new(() => BinaryGazetteer.Load(Build().Build("{\"name\":\"tiny\",\"version\":\"0\"}")));

    public static BinaryGazetteer Load() => Instance.Value;

    public static GazetteerBuilder Build()
    {
        var b = new GazetteerBuilder();
        b.Add(Country("LBY", 2215636, "Libya", 25, 17, 6_000_000, new GeoExtent(19.5f, 33.2f, 9.3f, 25.2f), "Libyan", "Libyans"));
        b.Add(Country("LBN", 272103, "Lebanon", 33.83, 35.83, 4_000_000, new GeoExtent(33.05f, 34.69f, 35.1f, 36.62f), "Lebanese"));
        b.Add(Country("EGY", 357994, "Egypt", 27, 30, 60_000_000, new GeoExtent(22f, 31.7f, 24.7f, 36.9f), "Egyptian", "Egyptians"));
        b.Add(Country("USA", 6252001, "United States", 38, -97, 250_000_000, null, "American") with
        {
            Names = [new("United States", NameKind.Primary), new("US", NameKind.Abbreviation), new("American", NameKind.Demonym)],
        });
        b.Add(Place(2210247, "Tripoli", "LBY", 32.88743, 13.18733, "PPLC", 1_150_989, "LY.77"));
        b.Add(Place(266826, "Tripoli", "LBN", 34.43352, 35.84415, "PPLA", 229_398, null));
        b.Add(Place(4879018, "Tripoli", "USA", 42.80804, -92.25823, "PPL", 1342, null));
        b.Add(Place(276781, "Beirut", "LBN", 33.89332, 35.50157, "PPLC", 1_916_100, null));
        b.Add(Place(88319, "Benghazi", "LBY", 32.11486, 20.06859, "PPLA", 807_250, null));
        b.Add(Place(87205, "Darnah", "LBY", 32.76704, 22.63669, "PPLA", 78_782, null) with
        {
            Names = [new("Darnah", NameKind.Primary), new("Derna", NameKind.Alternate)],
        });
        b.Add(Place(679471, "Derna", "ROU", 47.2, 22.3, "PPLA2", 2963, null));
        b.Add(Place(2210554, "Sirte", "LBY", 31.20892, 16.58866, "PPLA", 128_123, null));
        b.Add(Place(360630, "Cairo", "EGY", 30.06263, 31.24967, "PPLC", 9_606_916, null));
        b.Add(Place(4709013, "Porter", "USA", 30.1, -95.2, "PPL", 25_000, null));
        b.Add(new GazetteerFeature
        {
            GeonameId = 0,
            Name = "Tripoli",
            Latitude = 32.7,
            Longitude = 13.2,
            CountryCode = "LBY",
            Key = "LY.77",
            FeatureClass = 'A',
            FeatureCode = "ADM1",
            Population = 1_200_000,
            Kind = PlaceKind.Admin1,
            Precision = 3,
            Names = [new("Tripoli", NameKind.Primary)],
            Extent = new GeoExtent(32.5f, 33f, 12.9f, 13.6f),
        });
        b.Add(new GazetteerFeature
        {
            GeonameId = 6255148,
            Name = "Europe",
            Latitude = 48.69096,
            Longitude = 9.14062,
            FeatureClass = 'L',
            FeatureCode = "CONT",
            Kind = PlaceKind.Continent,
            Precision = 4,
            Names = [new("Europe", NameKind.Primary), new("European", NameKind.Demonym)],
        });
        b.Add(new GazetteerFeature
        {
            GeonameId = 6255146,
            Name = "Africa",
            Latitude = 7.1881,
            Longitude = 21.09375,
            FeatureClass = 'L',
            FeatureCode = "CONT",
            Kind = PlaceKind.Continent,
            Precision = 4,
            Names = [new("Africa", NameKind.Primary)],
        });
        return b;
    }

    public static GazetteerFeature Country(string alpha3, int id, string name, double lat, double lon, long population, GeoExtent? extent, params string[] demonyms)
    {
        var names = new List<GazetteerName> { new(name, NameKind.Primary) };
        foreach (var d in demonyms)
        {
            names.Add(new GazetteerName(d, NameKind.Demonym));
        }

        return new GazetteerFeature
        {
            GeonameId = id,
            Name = name,
            Latitude = lat,
            Longitude = lon,
            CountryCode = alpha3,
            Key = alpha3,
            FeatureClass = 'A',
            FeatureCode = "PCLI",
            Population = population,
            Kind = PlaceKind.Country,
            Precision = 4,
            Names = names,
            Extent = extent,
        };
    }

    public static GazetteerFeature Place(int id, string name, string country, double lat, double lon, string code, long population, string? admin1) => new()
    {
        GeonameId = id,
        Name = name,
        Latitude = lat,
        Longitude = lon,
        CountryCode = country,
        Admin1Key = admin1,
        FeatureClass = 'P',
        FeatureCode = code,
        Population = population,
        Kind = PlaceKind.Place,
        Precision = 1,
        Names = [new(name, NameKind.Primary)],
    };
}

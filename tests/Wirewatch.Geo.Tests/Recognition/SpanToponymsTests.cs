using Wirewatch.Geo.Recognition;

namespace Wirewatch.Geo.Tests.Recognition;

public class SpanToponymsTests
{
    [Fact]
    public void Exact_span_finds_candidates()
    {
        const string text = "In Tripoli today";
        var m = SpanToponyms.Create(TinyGazetteer.Load(), text, 3, 10);
        Assert.Equal("tripoli", m.Key);
        Assert.Equal(4, m.Candidates.Count);
        Assert.Equal(3, m.Start);
        Assert.Equal(10, m.End);
    }

    [Fact]
    public void Drifted_span_is_realigned_but_keeps_its_offsets()
    {
        const string text = "Fighting in Benghazi went on.";
        int at = text.IndexOf("Benghazi", StringComparison.Ordinal);
        var m = SpanToponyms.Create(TinyGazetteer.Load(), text, at + 2, at + 10); // "nghazi w"
        Assert.Equal("benghazi", m.Key);
        Assert.Equal(at + 2, m.Start);
        Assert.Single(m.Candidates);
    }

    [Fact]
    public void Leading_article_and_longest_part_fallbacks()
    {
        var g = TinyGazetteer.Load();
        const string text = "the Cairo Tower and the Libya";
        Assert.Equal("cairo", SpanToponyms.Create(g, text, 4, 15).Key);
        Assert.Equal("libya", SpanToponyms.Create(g, text, 20, 29).Key);
    }

    [Fact]
    public void Abbreviations_need_capitals_and_acronyms_need_abbreviations()
    {
        var g = TinyGazetteer.Load();
        Assert.Single(SpanToponyms.Create(g, "the US said", 4, 6).Candidates);
        Assert.Empty(SpanToponyms.Create(g, "the Us said", 4, 6).Candidates);
    }
}

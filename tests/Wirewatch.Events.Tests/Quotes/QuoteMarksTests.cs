using Wirewatch.Events.Quotes;

namespace Wirewatch.Events.Tests.Quotes;

public sealed class QuoteMarksTests
{
    [Fact]
    public void Pairs_curly_straight_and_doubled_apostrophe_quotations()
    {
        const string text = "He said \u201CYes.\u201D She said \"No.\" They said ''Maybe.'' It's Bob's.";

        var pairs = QuoteMarks.Pair(text);

        Assert.Equal(3, pairs.Count);
        Assert.Equal(["Yes.", "No.", "Maybe."], pairs.Select(p => text[p.ContentStart..p.ContentEnd]));
        Assert.Equal("''Maybe.''", text[pairs[2].Open..pairs[2].Close]);
    }

    [Fact]
    public void A_quotation_open_at_a_paragraph_end_ends_there()
    {
        const string text = "\"First part,\" he said. \"Second part runs on.\n\"Third part.\"";

        var pairs = QuoteMarks.Pair(text);

        Assert.Equal(3, pairs.Count);
        Assert.Equal("Second part runs on.", text[pairs[1].ContentStart..pairs[1].ContentEnd]);
        Assert.Equal(pairs[1].ContentEnd, pairs[1].Close);
        Assert.Equal("Third part.", text[pairs[2].ContentStart..pairs[2].ContentEnd]);
    }
}

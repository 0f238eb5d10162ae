using Wirewatch.Eval.Attribution;

namespace Wirewatch.Eval.Tests.Attribution;

public sealed class AttributionTests
{
    private static readonly string[] Gold =
    [
        "T1\tSource 0 5\tSmith",
        "T2\tCue 6 10\tsaid",
        "T3\tContent 11 31\tthe plan would work",
        "T4\tAttribution 6 10\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tCue 40 51\taccording to",
        "T6\tContent 60 70;75 85\tone two",
        "T7\tAttribution 40 51\taccording to",
        "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
        "T8\tDiscuss 90 95\tother",
    ];

    [Fact]
    public void Reader_joins_events_and_keeps_discontinuous_spans()
    {
        var attributions = BratAttributionReader.Parse(Gold, "gold.ann");

        Assert.Equal(2, attributions.Count);
        Assert.Equal(0, attributions[0].Source!.Parts[0].Start);
        Assert.Equal(20, attributions[0].Content.Length);
        Assert.Null(attributions[1].Source);
        Assert.Equal(2, attributions[1].Content.Parts.Count);
        Assert.Equal(20, attributions[1].Content.Length);
    }

    [Fact]
    public void Reader_reports_a_dangling_reference_with_its_line()
    {
        var error = Assert.Throws<AttributionFormatException>(() => BratAttributionReader.Parse(["E1\tAttribution:T9 Content:T3"], "x.ann"));
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Writer_output_reads_back_the_same_attributions()
    {
        var text = new string('x', 100);
        var attributions = BratAttributionReader.Parse(Gold, "gold.ann");

        var written = BratAttributionWriter.Format(attributions, text);
        var back = BratAttributionReader.Parse(written.Split('\n'), "out.ann");

        Assert.Contains("E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3", written, StringComparison.Ordinal);
        Assert.Contains("Attribution-no-source", written, StringComparison.Ordinal);
        Assert.Contains("T6\tContent 60 70;75 85\t", written, StringComparison.Ordinal);
        Assert.Equal(attributions.Count, back.Count);
        Assert.Equal(attributions[1].Content.Parts, back[1].Content.Parts);
    }

    [Fact]
    public void Content_matches_when_the_overlap_is_at_least_half_of_the_longer_span()
    {
        Assert.True(AttributionMetric.ContentMatches(AttributionSpan.Of(0, 20), AttributionSpan.Of(10, 30)));
        Assert.False(AttributionMetric.ContentMatches(AttributionSpan.Of(0, 20), AttributionSpan.Of(11, 31)));
        Assert.False(AttributionMetric.ContentMatches(AttributionSpan.Of(0, 10), AttributionSpan.Of(0, 30)));
    }

    [Fact]
    public void Matching_is_one_to_one_and_source_must_overlap()
    {
        var gold = BratAttributionReader.Parse(Gold, "gold.ann");
        var predicted = new List<BratAttribution>
        {
            new(AttributionSpan.Of(2, 5), AttributionSpan.Of(6, 10), AttributionSpan.Of(11, 31)),
            new(null, null, AttributionSpan.Of(12, 30)),
            new(AttributionSpan.Of(50, 55), null, AttributionSpan.Of(60, 80)),
        };

        var score = AttributionMetric.Score(gold, predicted);

        // The first two predictions both fit gold E1, which is used once; the third fits E2 by content (10 + 5 of 20
        // characters) but names a source where the gold has none.
        Assert.Equal(2, score.ContentMatched);
        Assert.Equal(1, score.SourceMatched);
        Assert.Equal(2.0 / 3, score.ContentPrecision, 6);
        Assert.Equal(1.0, score.ContentRecall, 6);
        Assert.Equal(0.4, score.SourceF1, 6);
    }

    [Fact]
    public void A_span_text_with_a_line_break_does_not_end_the_file()
    {
        // PolNeAR writes the covered text after the offsets, line breaks included: "The number ..." continues T3's text.
        string[] lines =
        [
            "T1\tSource 0 5\tSmith",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 13;15 40\t3.",
            "",
            "The number of people vetted",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        ];

        var attribution = Assert.Single(BratAttributionReader.Parse(lines, "gold.ann"));

        Assert.Equal(2, attribution.Content.Parts.Count);
        Assert.Equal(27, attribution.Content.Length);
    }
}

using Wirewatch.Core.Errors;
using Wirewatch.Eval.Conllu;
using Wirewatch.Eval.Ud;

namespace Wirewatch.Eval.Tests.Ud;

public class UdScorerTests
{
    private const string Gold = """
        # sent_id = s1
        1	They	they	PRON	PRP	_	3	nsubj:pass	_	_
        2	were	be	AUX	VBD	_	3	aux:pass	_	_
        3	killed	kill	VERB	VBN	_	0	root	_	_
        4	yesterday	_	NOUN	NN	_	3	obl:tmod	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private static IReadOnlyList<ConlluSentence> GoldSentences() => ConlluReader.Read(new StringReader(Gold));

    [Fact]
    public void Perfect_predictions_score_one_hundred()
    {
        var gold = GoldSentences();
        var predicted = gold.Select(s => (IReadOnlyList<UdPrediction>)[.. s.Words.Select(w => new UdPrediction(w.Lemma, w.Upos, w.Xpos, w.Head, w.DepRel))]).ToList();
        var scores = UdScorer.Score(gold, predicted);
        Assert.Equal(5, scores.Words);
        Assert.Equal(100.0, scores.UposPercent);
        Assert.Equal(100.0, scores.LasPercent);
    }

    [Fact]
    public void Las_compares_the_universal_part_and_needs_the_right_head()
    {
        var gold = GoldSentences();
        IReadOnlyList<UdPrediction> words =
        [
            new("they", "PRON", "PRP", 3, "nsubj"),        // subtype missing: still a LAS hit
            new("be", "AUX", "VBD", 3, "aux:pass"),
            new("kill", "VERB", "VBD", 0, "root"),         // XPOS wrong
            new("yesterday", "NOUN", "NN", 3, "nmod:tmod"), // universal part wrong (nmod vs obl); gold lemma "_" matches anything
            new("!", "PUNCT", ".", 1, "punct"),            // head wrong: neither UAS nor LAS, lemma wrong
        ];
        var scores = UdScorer.Score(gold, [words]);
        Assert.Equal((5, 4, 4, 4, 3), (scores.Upos, scores.Xpos, scores.Lemma, scores.Uas, scores.Las));
        Assert.Equal(60.0, scores.LasPercent, 6);
        Assert.Equal(80.0, scores.UasPercent, 6);
    }

    [Fact]
    public void Last_line_json_holds_the_figures()
    {
        var json = new UdScores(1, 4, 4, 3, 2, 1, 1).ToJson();
        Assert.DoesNotContain('\n', json);
        Assert.Contains("\"upos\":100", json, StringComparison.Ordinal);
        Assert.Contains("\"xpos\":75", json, StringComparison.Ordinal);
        Assert.Contains("\"las\":25", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_words_are_rejected()
    {
        var gold = GoldSentences();
        IReadOnlyList<UdPrediction> tooFew = [new("x", "X", "X", 0, "root")];
        Assert.Throws<InputRejectedException>(() => UdScorer.Score(gold, [tooFew]));
        Assert.Throws<InputRejectedException>(() => UdScorer.Score(gold, []));
    }

    [Theory]
    [InlineData("nsubj:pass", "nsubj")]
    [InlineData("root", "root")]
    [InlineData("acl:relcl", "acl")]
    public void Universal_part_is_before_the_colon(string relation, string expected) =>
        Assert.Equal(expected, UdScorer.UniversalPart(relation).ToString());
}

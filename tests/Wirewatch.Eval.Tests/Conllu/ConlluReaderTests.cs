using Wirewatch.Core.Errors;
using Wirewatch.Eval.Conllu;

namespace Wirewatch.Eval.Tests.Conllu;

public class ConlluReaderTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s1
        # newpar id = p1
        # text = I don't know.
        1	I	I	PRON	PRP	_	4	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        4.1	knew	_	_	_	_	_	_	_	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = s2
        1	Yes	yes	INTJ	UH	_	0	root	_	_

        """;

    [Fact]
    public void Reads_words_ranges_comments_and_misc()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample));
        Assert.Equal(2, sentences.Count);
        var first = sentences[0];
        Assert.Equal("d1", first.NewDocId);
        Assert.True(first.StartsParagraph);
        Assert.Equal("I don't know.", first.Text);
        Assert.Equal(5, first.Words.Count);
        Assert.Equal("n't", first.Words[2].Form);
        Assert.Equal(4, first.Words[2].Head);
        Assert.False(first.Words[3].SpaceAfter);
        Assert.Single(first.MultiwordTokens);
        Assert.Equal((2, 3), (first.MultiwordTokens[0].First, first.MultiwordTokens[0].Last));
        Assert.Null(sentences[1].NewDocId);
    }

    [Fact]
    public void Malformed_line_names_its_position()
    {
        var ex = Assert.Throws<InputRejectedException>(() => ConlluReader.Read(new StringReader("1\tonly-two\n"), "f.conllu"));
        Assert.Contains("f.conllu:1", ex.Message, StringComparison.Ordinal);
    }
}

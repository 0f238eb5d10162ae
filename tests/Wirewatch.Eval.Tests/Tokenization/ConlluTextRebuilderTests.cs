using Wirewatch.Core.Documents;
using Wirewatch.Eval.Conllu;
using Wirewatch.Eval.Tokenization;

namespace Wirewatch.Eval.Tests.Tokenization;

public class ConlluTextRebuilderTests
{
    // Two documents; the first has two paragraphs, a splittable multiword token ("don't"), one whose
    // words do not spell it ("gonna" = "going" + "to"), and SpaceAfter=No inside and at a sentence end.
    private const string Sample = """
        # newdoc id = doc/one
        # sent_id = s1
        # newpar id = p1
        1-2	don't	_	_	_	_	_	_	_	_
        1	do	do	AUX	VBP	_	3	aux	_	_
        2	n't	not	PART	RB	_	3	advmod	_	_
        3	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
        4	!	!	PUNCT	.	_	3	punct	_	SpaceAfter=No

        # sent_id = s2
        1	Yes	yes	INTJ	UH	_	0	root	_	_

        # sent_id = s3
        # newpar id = p2
        1	I	I	PRON	PRP	_	2	nsubj	_	_
        2-3	gonna	_	_	_	_	_	_	_	_
        2	going	go	VERB	VBG	_	0	root	_	_
        3	to	to	PART	TO	_	4	mark	_	_
        4	win	win	VERB	VB	_	2	xcomp	_	_

        # newdoc id = d2
        # sent_id = t1
        1	Hi	hi	INTJ	UH	_	0	root	_	_

        """;

    private static IReadOnlyList<GoldTokenization> Rebuild(string conllu) =>
        ConlluTextRebuilder.Rebuild(ConlluReader.Read(new StringReader(conllu)), "gold");

    [Fact]
    public void Rebuilds_documents_paragraphs_and_spacing()
    {
        var documents = Rebuild(Sample);
        Assert.Equal(2, documents.Count);
        Assert.Equal("doc/one", documents[0].Id);
        Assert.Equal("don't go! Yes\n\nI gonna win", documents[0].Text);
        Assert.Equal("d2", documents[1].Id);
        Assert.Equal("Hi", documents[1].Text);
    }

    [Fact]
    public void Word_spans_split_multiword_tokens_only_when_the_words_spell_them()
    {
        var document = Rebuild(Sample)[0];
        string[] words = [.. document.Words.Select(span => document.Text[span.Start..span.End])];
        Assert.Equal(["do", "n't", "go", "!", "Yes", "I", "gonna", "gonna", "win"], words);
        Assert.Equal(new TextSpan(17, 22), document.Words[6]);
        Assert.Equal(document.Words[6], document.Words[7]);
    }

    [Fact]
    public void Sentence_spans_run_from_first_to_last_token()
    {
        var document = Rebuild(Sample)[0];
        Assert.Equal([new TextSpan(0, 9), new TextSpan(10, 13), new TextSpan(15, 26)], document.Sentences);
    }

    [Fact]
    public void A_file_without_newdoc_is_one_document_with_a_generated_id()
    {
        var documents = Rebuild("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n\n1\tB\tb\tX\tX\t_\t0\troot\t_\t_\n");
        var document = Assert.Single(documents);
        Assert.Equal("gold-0001", document.Id);
        Assert.Equal("A B", document.Text);
        Assert.Equal(2, document.Sentences.Count);
    }
}

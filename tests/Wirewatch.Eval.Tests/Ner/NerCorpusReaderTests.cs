using Wirewatch.Eval.Ner;

namespace Wirewatch.Eval.Tests.Ner;

public class NerCorpusReaderTests
{
    private static readonly string[] Conll =
    [
        "-DOCSTART- -X- -X- O",
        "",
        "EU NNP B-NP B-ORG",
        "rejects VBZ B-VP O",
        "German JJ B-NP B-MISC",
        "",
        "LONDON NNP B-NP B-LOC",
        "1996-08-30 CD I-NP O",
        "",
        "-DOCSTART- -X- -X- O",
        "",
        "Peter NNP B-NP B-PER",
        "Blackburn NNP I-NP I-PER",
    ];

    private static readonly string[] Iob2 =
    [
        "# newdoc id = doc1",
        "# sent_id = s1",
        "# text = where in tampa bay",
        "1\twhere\tO\t-\t-",
        "2\tin\tO\t-\t-",
        "3\ttampa\tB-LOC\t-\tstephen",
        "4\tbay\tI-LOC\t-\tstephen",
        "",
        "# newdoc id = doc2",
        "1\tHi\tO\t-\t-",
    ];

    [Fact]
    public void Reads_conll_2003_documents_sentences_and_tags()
    {
        var corpus = NerCorpusReader.Read(Conll);
        Assert.Equal(NerFormat.Conll, corpus.Format);
        Assert.Equal(2, corpus.Documents.Count);
        Assert.Equal(2, corpus.Documents[0].Sentences.Count);
        Assert.Equal(["EU", "rejects", "German", "LONDON", "1996-08-30", "Peter", "Blackburn"], corpus.Tokens.Select(t => t.Text));
        Assert.Equal("B-MISC", corpus.Tokens.ElementAt(2).Gold);
    }

    [Fact]
    public void Reads_uner_iob2_with_comments_and_newdoc()
    {
        var corpus = NerCorpusReader.Read(Iob2);
        Assert.Equal(NerFormat.Iob2, corpus.Format);
        Assert.Equal(2, corpus.Documents.Count);
        Assert.Equal(["where", "in", "tampa", "bay", "Hi"], corpus.Tokens.Select(t => t.Text));
        Assert.Equal(["O", "O", "B-LOC", "I-LOC", "O"], corpus.Tokens.Select(t => t.Gold));
    }

    [Fact]
    public void Writer_appends_one_column_and_keeps_everything_else()
    {
        var corpus = NerCorpusReader.Read(Iob2);
        var writer = new StringWriter();
        NerPredictionWriter.Write(corpus, ["O", "O", "B-LOC", "I-LOC", "O"], writer);
        var lines = writer.ToString().Split('\n');
        Assert.Equal("# newdoc id = doc1", lines[0]);
        Assert.Equal("3\ttampa\tB-LOC\t-\tstephen\tB-LOC", lines[5]);
        Assert.Equal(string.Empty, lines[7]);

        var conll = NerCorpusReader.Read(Conll);
        var output = new StringWriter();
        NerPredictionWriter.Write(conll, ["B-ORG", "O", "B-MISC", "B-LOC", "O", "B-PER", "I-PER"], output);
        var conllLines = output.ToString().Split('\n');
        Assert.Equal("-DOCSTART- -X- -X- O O", conllLines[0]);
        Assert.Equal("EU NNP B-NP B-ORG B-ORG", conllLines[2]);
        Assert.Throws<ArgumentException>(() => NerPredictionWriter.Write(conll, ["O"], new StringWriter()));
    }
}

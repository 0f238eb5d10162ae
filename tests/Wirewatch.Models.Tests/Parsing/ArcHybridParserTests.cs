using Wirewatch.Core.Documents;
using Wirewatch.Models.Parsing;
using Wirewatch.Models.Training;

namespace Wirewatch.Models.Tests.Parsing;

public class ArcHybridParserTests
{
    private static ArcHybridParser Train()
    {
        var sentences = TinyTreebank.Sentences();
        var tags = sentences.ConvertAll(SentenceTags.Gold);
        return ArcHybridParserTrainer.Train(sentences, tags, null, null, new ParserTrainingOptions { Epochs = 15 }, TinyTreebank.Manifest("parser", ArcHybridParser.Version));
    }

    [Fact]
    public void Parses_its_training_sentences_back()
    {
        var parser = Train();
        var sentences = TinyTreebank.Sentences();
        var score = ArcHybridParserTrainer.Evaluate(parser, sentences, sentences.ConvertAll(SentenceTags.Gold));
        Assert.Equal(100.0, score.Uas);
        Assert.Equal(100.0, score.LasFull);
    }

    [Fact]
    public void Fills_the_dependency_layer_with_document_wide_heads()
    {
        var parser = Train();
        const string text = "Rebels attacked the town . Soldiers killed two fighters .";
        int[] starts = [0, 7, 16, 20, 25, 27, 36, 43, 47, 56];
        int[] ends = [6, 15, 19, 24, 26, 35, 42, 46, 55, 57];
        UniversalPos[] upos = [UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.DET, UniversalPos.NOUN, UniversalPos.PUNCT, UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.NUM, UniversalPos.NOUN, UniversalPos.PUNCT];
        string[] xpos = ["NNPS", "VBD", "DT", "NN", ".", "NNS", "VBD", "CD", "NNS", "."];
        var document = new Document(text)
            .With(new TokenLayer(starts, ends, text.Length))
            .With(new SentenceLayer([0, 5, 10], 10))
            .With(new TagLayer(upos, xpos));
        var deps = parser.Process(document, CancellationToken.None).Get<DependencyLayer>(LayerKind.Dependencies);
        Assert.Equal(-1, deps.Head(1));
        Assert.Equal("root", deps.Relation(1));
        Assert.Equal(1, deps.Head(3));
        Assert.Equal("obj", deps.Relation(3));
        Assert.Equal(-1, deps.Head(6));
        Assert.Equal(6, deps.Head(8));
        Assert.Equal(6, deps.Head(5));
    }

    [Fact]
    public void Saved_model_is_deterministic_and_parses_the_same()
    {
        var bytes = Train().ToBytes();
        Assert.Equal(bytes, Train().ToBytes());
        var loaded = ArcHybridParser.FromBytes(bytes);
        var sentences = TinyTreebank.Sentences();
        Assert.Equal(100.0, ArcHybridParserTrainer.Evaluate(loaded, sentences, sentences.ConvertAll(SentenceTags.Gold)).Uas);
    }

    [Fact]
    public void Every_sentence_gets_one_root_and_no_cycles()
    {
        var parser = Train();
        const string text = "the the the the";
        int[] heads = new int[4], labels = new int[4];
        parser.Parse(text, [0, 4, 8, 12], [3, 7, 11, 15], [UniversalPos.DET, UniversalPos.DET, UniversalPos.DET, UniversalPos.DET], ["DT", "DT", "DT", "DT"], heads, labels);
        Assert.Single(heads, h => h == -1);
        for (int i = 0; i < heads.Length; i++)
        {
            int steps = 0;
            for (int x = i; x >= 0; x = heads[x])
            {
                Assert.True(++steps <= heads.Length, "cycle");
            }
        }
    }
}

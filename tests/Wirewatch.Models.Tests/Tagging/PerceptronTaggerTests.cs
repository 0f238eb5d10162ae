using Wirewatch.Core.Documents;
using Wirewatch.Models.Tagging;

namespace Wirewatch.Models.Tests.Tagging;

public class PerceptronTaggerTests
{
    private static PerceptronTagger Train() =>
        PerceptronTaggerTrainer.Train(TinyTreebank.Sentences(), null, new TaggerTrainingOptions { Epochs = 10, DictionaryMinCount = 1000 }, TinyTreebank.Manifest("tagger", PerceptronTagger.Version));

    [Fact]
    public void Tags_its_training_sentences_back()
    {
        var tagger = Train();
        var score = PerceptronTaggerTrainer.Evaluate(tagger, TinyTreebank.Sentences());
        Assert.Equal(100.0, score.Upos);
        Assert.Equal(100.0, score.Xpos);
    }

    [Fact]
    public void Fills_the_tag_layer_of_a_document()
    {
        var tagger = Train();
        const string text = "Soldiers killed two fighters .";
        var starts = new[] { 0, 9, 16, 20, 29 };
        var ends = new[] { 8, 15, 19, 28, 30 };
        var document = new Document(text)
            .With(new TokenLayer(starts, ends, text.Length))
            .With(new SentenceLayer([0, 5], 5));
        var tags = tagger.Process(document, CancellationToken.None).Get<TagLayer>(LayerKind.Tags);
        Assert.Equal(UniversalPos.VERB, tags.Upos(1));
        Assert.Equal("VBD", tags.Xpos(1));
        Assert.Equal("NNS", tags.Xpos(3));
        Assert.Equal(UniversalPos.PUNCT, tags.Upos(4));
    }

    [Fact]
    public void Saved_model_is_deterministic_and_tags_the_same()
    {
        var bytes = Train().ToBytes();
        Assert.Equal(bytes, Train().ToBytes());
        var loaded = PerceptronTagger.FromBytes(bytes);
        Assert.Equal(PerceptronTagger.Version, loaded.Manifest.Version);
        Assert.Equal(100.0, PerceptronTaggerTrainer.Evaluate(loaded, TinyTreebank.Sentences()).Upos);
    }

    [Fact]
    public void Unambiguous_frequent_words_use_the_dictionary()
    {
        var options = new TaggerTrainingOptions { Epochs = 1, DictionaryMinCount = 2, DictionaryMinShare = 1.0 };
        var tagger = PerceptronTaggerTrainer.Train(TinyTreebank.Sentences(), null, options, TinyTreebank.Manifest("tagger", PerceptronTagger.Version));
        Assert.Equal("DT", tagger.XposOf(tagger.Model.Lexicon.DictionaryLabel("the")));
        Assert.Equal(-1, tagger.Model.Lexicon.DictionaryLabel("town"));
    }
}

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
    public void Training_tags_can_leave_out_the_acronym_rule()
    {
        // The parser is trained on the model's own tags; only run-time tagging turns "THE" in running text into a name.
        var tagger = Train();
        var words = new[] { "the", "army", "seized", "THE", "town", "in", "the", "city", "." };
        var sentence = new Wirewatch.Models.Training.AnnotatedSentence(words, words, [.. words.Select(_ => "X")], [.. words.Select(_ => "X")],
            [.. words.Select(_ => 0)], [.. words.Select(_ => "dep")]);

        var withRule = tagger.Tag(sentence);
        var modelOnly = tagger.Tag(sentence, acronymRule: false);

        Assert.Equal(UniversalPos.DET, modelOnly.Upos[3]);
        Assert.Equal(UniversalPos.PROPN, withRule.Upos[3]);
        Assert.Equal(modelOnly.Upos.Where((_, i) => i != 3), withRule.Upos.Where((_, i) => i != 3));
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
    [Fact]
    public void A_short_capitalised_word_in_running_text_is_an_acronym_not_a_function_word()
    {
        // Labels: 0 AUX, 1 PROPN, 2 NOUN, 3 VERB, 4 DET.
        UniversalPos[] upos = [UniversalPos.AUX, UniversalPos.PROPN, UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.DET];
        const string text = "IS militants held the hostages in a camp";
        var (starts, ends) = Offsets(text);
        int[] labels = [0, 2, 3, 4, 2, 4, 4, 2];
        PerceptronTagger.MarkAcronyms(text, starts, ends, labels, upos, proper: 1);
        Assert.Equal(1, labels[0]);
        Assert.Equal(3, labels[2]);

        // A headline in capitals is left to the model.
        const string headline = "IS HOLDS THE HOSTAGES";
        (starts, ends) = Offsets(headline);
        labels = [0, 3, 4, 2];
        PerceptronTagger.MarkAcronyms(headline, starts, ends, labels, upos, proper: 1);
        Assert.Equal([0, 3, 4, 2], labels);
    }

    private static (int[] Starts, int[] Ends) Offsets(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        int pos = 0;
        foreach (var word in text.Split(' '))
        {
            starts.Add(pos);
            ends.Add(pos + word.Length);
            pos += word.Length + 1;
        }

        return (starts.ToArray(), ends.ToArray());
    }
}

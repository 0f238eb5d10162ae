using Wirewatch.Models.Lemmatization;
using Wirewatch.Models.Training;

namespace Wirewatch.Models.Tests.Lemmatization;

public class RuleLemmatizerTests
{
    private static RuleLemmatizer Train()
    {
        var sentences = new List<AnnotatedSentence>
        {
            new(["cats", "dogs", "walked", "talked", "Americans", "went", "I", "bats"], ["cat", "dog", "walk", "talk", "American", "go", "I", "bat"], null, ["NNS", "NNS", "VBD", "VBD", "NNPS", "VBD", "PRP", "NNS"], null, null),
        };
        return RuleLemmatizerTrainer.Train(sentences, 2, TinyTreebank.Manifest("lemmatizer", RuleLemmatizer.Version));
    }

    [Theory]
    [InlineData("walked", "walk")]
    [InlineData("cats", "cat")]
    [InlineData("Americans", "American")]
    [InlineData("kill", "kill")]
    public void Between_finds_the_shortest_edit(string form, string lemma) => Assert.Equal(lemma, LemmaRule.Between(form, lemma).Apply(form));

    [Fact]
    public void Known_words_come_from_the_lexicon()
    {
        var lemmatizer = Train();
        Assert.Equal("go", lemmatizer.Lemmatize("went", "VBD"));
        Assert.Equal("I", lemmatizer.Lemmatize("I", "PRP"));
        Assert.Equal("go", lemmatizer.Lemmatize("Went", "VBD"));
    }

    [Fact]
    public void Unknown_words_follow_suffix_rules_and_lower_case()
    {
        var lemmatizer = Train();
        Assert.Equal("rat", lemmatizer.Lemmatize("rats", "NNS"));
        Assert.Equal("rat", lemmatizer.Lemmatize("Rats", "NNS"));
        Assert.Equal("jump", lemmatizer.Lemmatize("jumped", "VBD"));
        Assert.Equal("tripoli", lemmatizer.Lemmatize("TRIPOLI", "NN"));
    }

    [Fact]
    public void Proper_nouns_keep_their_case()
    {
        var lemmatizer = Train();
        Assert.Equal("Benghazi", lemmatizer.Lemmatize("Benghazi", "NNP"));
        Assert.True(RuleLemmatizer.KeepsCase("NNPS"));
    }

    [Fact]
    public void Saved_model_reads_back()
    {
        var lemmatizer = Train();
        var loaded = RuleLemmatizer.FromBytes(lemmatizer.ToBytes());
        Assert.Equal("rat", loaded.Lemmatize("rats", "NNS"));
        Assert.Equal(lemmatizer.ToBytes(), loaded.ToBytes());
    }
}

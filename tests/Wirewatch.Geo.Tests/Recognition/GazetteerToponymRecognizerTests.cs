using Wirewatch.Geo.Recognition;

namespace Wirewatch.Geo.Tests.Recognition;

public class GazetteerToponymRecognizerTests
{
    private static readonly RecognitionLexicon Lexicon = RecognitionLexicon.Parse(
    [
        "# test lists",
        "stop\tThe",
        "stop\tBut",
        "stop\tWest",
        "orghead\tCommand",
        "connector\tof",
        "locative\tin",
        "locative\tnear",
        "direction\teastern\t0.5\t0.75",
    ]);

    private static readonly GazetteerToponymRecognizer Recognizer = new(TinyGazetteer.Load(), Lexicon);

    [Fact]
    public void Finds_countries_towns_and_demonyms_with_exact_spans()
    {
        var found = Texts("Egyptian jets pounded sites in Libya, near Sirte and Derna.");
        Assert.Equal(["Egyptian", "Libya", "Sirte", "Derna"], found);
    }

    [Fact]
    public void Possessive_and_sentence_end_punctuation_stay_outside_the_span()
    {
        Assert.Equal(["Libya", "Tripoli"], Texts("Libya's unrest reached Tripoli."));
    }

    [Fact]
    public void Weak_names_in_runs_of_unknown_capitalised_words_are_people()
    {
        // Porter is a US town, and the U.S. is named, but "Geoff Porter" is a person, and so is the later lone "Porter".
        Assert.Equal(["US"], Texts("Geoff Porter told the US paper. Porter said more."));
    }

    [Fact]
    public void Organisation_heads_drop_the_place()
    {
        Assert.Equal(["US"], Texts("head of the US Africa Command said"));
    }

    [Fact]
    public void Stop_words_alone_are_never_places()
    {
        Assert.Empty(Texts("But the West watched."));
    }

    [Fact]
    public void Towns_abroad_need_evidence()
    {
        // Porter (USA) with no locative, no US context: dropped. With a locative: kept.
        Assert.Empty(Texts("Officials met Porter yesterday."));
        Assert.Equal(["Porter"], Texts("Officials met in Porter yesterday."));
    }

    [Fact]
    public void Direction_modifier_extends_the_span()
    {
        var mentions = Recognize("training camps in eastern Libya that");
        var m = Assert.Single(mentions);
        Assert.NotNull(m.Direction);
        Assert.True(m.AfterLocative);
        Assert.Equal("eastern Libya", "training camps in eastern Libya that"[m.Start..m.End]);
    }

    [Fact]
    public void Dateline_is_marked()
    {
        var mentions = Recognize("TRIPOLI (Reuters) - Gunmen attacked a hotel.");
        Assert.True(Assert.Single(mentions).IsDateline);
        Assert.Equal(-1, GazetteerToponymRecognizer.DatelineEnd("Gunmen attacked TRIPOLI - a hotel."));
    }

    [Fact]
    public void Lower_case_and_acronyms_do_not_match()
    {
        Assert.Empty(Texts("tripoli and IS militants"));
    }

    private static List<ToponymMention> Recognize(string text) =>
        [.. Recognizer.Recognize(TestDocuments.Tokenized(text), CancellationToken.None)];

    private static List<string> Texts(string text)
    {
        var result = new List<string>();
        foreach (var m in Recognize(text))
        {
            result.Add(text[m.Start..m.End]);
        }

        return result;
    }
}

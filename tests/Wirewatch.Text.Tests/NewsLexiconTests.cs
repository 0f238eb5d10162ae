using Wirewatch.Core.Errors;

namespace Wirewatch.Text.Tests;

public class NewsLexiconTests
{
    private const string Minimal = """
        [abbreviations]
        etc
        [titles]
        Dr
        [numeric-abbreviations]
        No
        [hyphen-prefixes]
        e
        [sentence-starters]
        The
        [sentence-openers]
        Please
        [contractions]
        do|nt
        [apostrophe-words]
        'em
        [emoticons]
        :)
        [whole-tokens]
        9/11
        """;

    [Fact]
    public void The_embedded_lexicon_loads_and_answers_span_lookups()
    {
        var lexicon = NewsLexicon.Default;
        Assert.True(lexicon.IsAbbreviation("Inc".AsSpan()));
        Assert.True(lexicon.IsTitle("Gen".AsSpan()));
        Assert.False(lexicon.IsAbbreviation("in".AsSpan()));
        Assert.True(lexicon.IsHyphenPrefix("NON".AsSpan()));
        Assert.True(lexicon.IsSentenceStarter("The".AsSpan()));
        Assert.Equal([2], lexicon.ContractionCuts("Dont".AsSpan()).ToArray());
        Assert.True(lexicon.ContractionCuts("done".AsSpan()).IsEmpty);
    }

    [Fact]
    public void A_custom_lexicon_changes_what_the_tokenizer_keeps()
    {
        var lexicon = NewsLexicon.Load(new StringReader(Minimal.Replace("etc", "etc\nInc", StringComparison.Ordinal)), "test");
        var tokenizer = new NewsTokenizer(lexicon);
        var text = "Acme Inc. and Jan. 5";
        var layer = tokenizer.Tokenize(text);
        var tokens = new List<string>();
        for (int i = 0; i < layer.Count; i++)
        {
            tokens.Add(text[layer.StartOf(i)..layer.EndOf(i)]);
        }

        Assert.Equal(["Acme", "Inc.", "and", "Jan", ".", "5"], tokens);
    }

    [Fact]
    public void A_missing_section_is_reported()
    {
        var text = Minimal.Replace("[emoticons]\n:)\n", string.Empty, StringComparison.Ordinal);
        var ex = Assert.Throws<ModelLoadException>(() => NewsLexicon.Load(new StringReader(text), "custom.txt"));
        Assert.Contains("[emoticons]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_section_or_a_stray_entry_is_reported_with_its_line()
    {
        var unknown = Assert.Throws<ModelLoadException>(() => NewsLexicon.Load(new StringReader("[colours]\nred"), "custom.txt"));
        Assert.Contains("line 1", unknown.Message, StringComparison.Ordinal);
        var stray = Assert.Throws<ModelLoadException>(() => NewsLexicon.Load(new StringReader("# c\nred"), "custom.txt"));
        Assert.Contains("line 2", stray.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_reports_a_missing_file()
    {
        Assert.Throws<ModelLoadException>(() => NewsLexicon.LoadFile("/nonexistent/lexicon.txt"));
    }
}

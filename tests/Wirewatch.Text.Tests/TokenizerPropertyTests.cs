using System.Text;

namespace Wirewatch.Text.Tests;

/// <summary>Invariants that must hold on any input, checked on seeded random mixtures of awkward fragments.</summary>
public class TokenizerPropertyTests
{
    private static readonly string[] Fragments =
    [
        "U.S.", "Gen.", "a.m.", "No.", "e.g.", "W.", "etc.", "Inc.", "don't", "can't", "I'm", "State's", "militants'",
        "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "``", "''", "(", ")", "[", "]", "{", "}", "<", ">", "<<",
        "-", "--", "\u2014", "\u2013", "...", "\u2026", ".", ",", ";", ":", "!", "?", "?!", "%", "$", "#", "@", "&", "*",
        "/", "\\", "|", "_", "__", "=", "+", "~", "^", "\u2022", ":)", ";-)", "^_^", "<3", "'90s", "'em",
        "http://www.reuters.com/a?b=c&d=(e)", "www.example.com", "john.doe@example.com", "x...@y.z", "@handle", "#tag",
        "1,000", "3.5", "10km", "713-853-3989", "11/28/2000", "21-year-old", "e-mail", "co-author", "7:30PM", "2nd",
        "TRIPOLI", "Reuters", "word", "Word", "WORD", "a", "I", "i", "x", "42", "\u00E9t\u00E9", "na\u0131\u0308ve",
        "\uD83D\uDE00", "\uD83D\uDC4D\uFE0F", "\uD800", "\uDC00", "\u0301", "\u200B", "\uFEFF", "\u00AD", "\0", "\u0007",
    ];

    private static readonly string[] Separators = [" ", "", "", "", "\n", "\n\n", "\t", "\u00A0", "\r\n", " \u2029 "];

    [Fact]
    public void Tokens_are_non_empty_ordered_disjoint_whitespace_free_and_cover_every_visible_character()
    {
        var tokenizer = new NewsTokenizer();
        var splitter = new SentenceSplitter();
        var random = new Random(20150218);
        for (int round = 0; round < 3000; round++)
        {
            var text = RandomText(random);
            var tokens = tokenizer.Tokenize(text); // the layer's constructor also checks order and bounds
            var covered = new bool[text.Length];
            int previousEnd = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                int start = tokens.StartOf(i), end = tokens.EndOf(i);
                if (start < previousEnd || end <= start || end > text.Length)
                {
                    Assert.Fail($"token {i} [{start},{end}) in {Show(text)}");
                }

                for (int k = start; k < end; k++)
                {
                    if (IsSeparator(text[k]))
                    {
                        Assert.Fail($"token {i} holds whitespace or an invisible control character in {Show(text)}");
                    }

                    covered[k] = true;
                }

                previousEnd = end;
            }

            for (int k = 0; k < text.Length; k++)
            {
                char c = text[k];
                if (!covered[k] && !IsSeparator(c))
                {
                    Assert.Fail($"character U+{(int)c:X4} at {k} is in no token: {Show(text)}");
                }
            }

            var sentences = splitter.Split(text, tokens);
            Assert.Equal(tokens.Count == 0 ? 0 : sentences.EndToken(sentences.Count - 1), tokens.Count);
        }
    }

    [Fact]
    public void Tokenizing_is_deterministic_and_independent_of_the_buffer()
    {
        var tokenizer = new NewsTokenizer();
        var buffer = new TokenSpanBuffer(1);
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var text = RandomText(random);
            var layer = tokenizer.Tokenize(text);
            tokenizer.Tokenize(text, buffer);
            Assert.Equal(layer.Starts.ToArray(), buffer.Starts.ToArray());
            Assert.Equal(layer.Ends.ToArray(), buffer.Ends.ToArray());
        }
    }

    [Theory]
    [InlineData("", "1-", "x")]
    [InlineData("", ")", "")]
    [InlineData("", "a.", "")]
    [InlineData("", "a.a", "-b")]
    [InlineData("", "\"", "")]
    [InlineData("", "x@", "")]
    [InlineData("http://x.org/", ")", "")]
    public void Long_runs_without_spaces_are_handled_in_linear_time(string head, string unit, string tail)
    {
        var text = head + string.Concat(Enumerable.Repeat(unit, 100_000)) + tail;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var tokens = new NewsTokenizer().Tokenize(text);
        var sentences = new SentenceSplitter().Split(text, tokens);
        Assert.True(tokens.Count > 0 && sentences.Count > 0);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        int pieces = random.Next(1, 30);
        for (int i = 0; i < pieces; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
            builder.Append(Separators[random.Next(Separators.Length)]);
        }

        return builder.ToString();
    }

    private static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            builder.Append(c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.Append('"').ToString();
    }
}

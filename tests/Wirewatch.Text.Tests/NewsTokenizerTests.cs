using Wirewatch.Core.Documents;

namespace Wirewatch.Text.Tests;

public class NewsTokenizerTests
{
    private static readonly NewsTokenizer Tokenizer = new();

    private static string[] Tokens(string text)
    {
        var layer = Tokenizer.Tokenize(text);
        var result = new string[layer.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = text[layer.StartOf(i)..layer.EndOf(i)];
        }

        return result;
    }

    private static void AssertTokens(string text, params string[] expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Gen. David Rodriguez spoke", "Gen.", "David", "Rodriguez", "spoke")]
    [InlineData("Mr. and Mrs. Smith", "Mr.", "and", "Mrs.", "Smith")]
    [InlineData("on Jan. 5 at 10 a.m. local time", "on", "Jan.", "5", "at", "10", "a.m.", "local", "time")]
    [InlineData("Apple Inc. said on Tuesday", "Apple", "Inc.", "said", "on", "Tuesday")]
    [InlineData("tanks, jets, etc. were seen", "tanks", ",", "jets", ",", "etc.", "were", "seen")]
    [InlineData("the U.S. Africa Command", "the", "U.S.", "Africa", "Command")]
    [InlineData("a U.N.-backed plan", "a", "U.N.", "-", "backed", "plan")]
    [InlineData("e.g. this, i.e. that", "e.g.", "this", ",", "i.e.", "that")]
    [InlineData("a Ph.D. student", "a", "Ph.D.", "student")]
    [InlineData("on T.V.? No", "on", "T.V.", "?", "No")]
    public void Abbreviations_keep_their_period(string text, params string[] expected) => AssertTokens(text, expected);

    [Fact]
    public void An_abbreviation_that_ends_a_sentence_gives_up_its_period_as_EWT_does()
    {
        AssertTokens("They live in the U.S.", "They", "live", "in", "the", "U.S", ".");
        AssertTokens("They live in the U.S. The weather is fine.", "They", "live", "in", "the", "U.S", ".", "The", "weather", "is", "fine", ".");
        AssertTokens("It closed at 5 p.m.\nShares fell.", "It", "closed", "at", "5", "p.m", ".", "Shares", "fell", ".");
    }

    [Fact]
    public void Numeric_abbreviations_keep_their_period_only_before_a_number()
    {
        AssertTokens("No. 1 and no. 2", "No.", "1", "and", "no.", "2");
        AssertTokens("I said no.", "I", "said", "no", ".");
        AssertTokens("No. It was not.", "No", ".", "It", "was", "not", ".");
    }

    [Fact]
    public void Ordinary_words_give_up_a_final_period()
    {
        AssertTokens("Libya. Militants", "Libya", ".", "Militants");
        AssertTokens("in 2015.", "in", "2015", ".");
    }

    [Theory]
    [InlineData("George W. Bush", "George", "W.", "Bush")]
    [InlineData("J. R. R. Tolkien wrote", "J.", "R.", "R.", "Tolkien", "wrote")]
    [InlineData("Jennifer M. Anderson", "Jennifer", "M.", "Anderson")]
    public void Initials_keep_their_period(string text, params string[] expected) => AssertTokens(text, expected);

    [Fact]
    public void Datelines_are_split_into_their_parts()
    {
        AssertTokens("TRIPOLI (Reuters) - Islamic State", "TRIPOLI", "(", "Reuters", ")", "-", "Islamic", "State");
        AssertTokens("BEIRUT, Feb 18 (Reuters) - The", "BEIRUT", ",", "Feb", "18", "(", "Reuters", ")", "-", "The");
        AssertTokens("WASHINGTON (CNN) -- Texas Gov. George W. Bush", "WASHINGTON", "(", "CNN", ")", "--", "Texas", "Gov.", "George", "W.", "Bush");
    }

    [Fact]
    public void Straight_quotes_are_tokens()
    {
        AssertTokens("declaring, \"We will conquer Rome, God willing.\"", "declaring", ",", "\"", "We", "will", "conquer", "Rome", ",", "God", "willing", ".", "\"");
        AssertTokens("just \"copycat\" claims", "just", "\"", "copycat", "\"", "claims");
    }

    [Fact]
    public void Curly_and_nested_quotes_are_tokens()
    {
        AssertTokens("\u201CHello,\u201D she said.", "\u201C", "Hello", ",", "\u201D", "she", "said", ".");
        AssertTokens("\u201CHe said \u2018no\u2019,\u201D she said.", "\u201C", "He", "said", "\u2018", "no", "\u2019", ",", "\u201D", "she", "said", ".");
        AssertTokens("\"He said 'no' twice.\"", "\"", "He", "said", "'", "no", "'", "twice", ".", "\"");
        AssertTokens("``Hello''", "``", "Hello", "''");
    }

    [Fact]
    public void Unclosed_quotes_are_tokens()
    {
        AssertTokens("\"We will fight on", "\"", "We", "will", "fight", "on");
        AssertTokens("\u201CWe will fight on", "\u201C", "We", "will", "fight", "on");
        AssertTokens("fight on\u201D and", "fight", "on", "\u201D", "and");
    }

    [Fact]
    public void Dashes_are_tokens()
    {
        AssertTokens("Libya\u2014the country", "Libya", "\u2014", "the", "country");
        AssertTokens("Libya \u2014 the country", "Libya", "\u2014", "the", "country");
        AssertTokens("1990\u20132000", "1990", "\u2013", "2000");
        AssertTokens("folks--there", "folks", "--", "there");
        AssertTokens("News ==----", "News", "==----");
    }

    [Fact]
    public void Ellipses_are_tokens()
    {
        AssertTokens("over Derna \u2026 and it", "over", "Derna", "\u2026", "and", "it");
        AssertTokens("Derna\u2026 and", "Derna", "\u2026", "and");
        AssertTokens("wait...what", "wait", "...", "what");
        AssertTokens("the end...", "the", "end", "...");
        AssertTokens("really?!", "really", "?!");
    }

    [Theory]
    [InlineData("See http://www.reuters.com/article/2015/02/18/us-libya?utm_source=twitter.", "See", "http://www.reuters.com/article/2015/02/18/us-libya?utm_source=twitter", ".")]
    [InlineData("(www.example.com/a-b)", "(", "www.example.com/a-b", ")")]
    [InlineData("<https://en.wikipedia.org/wiki/Derna_(city)>", "<", "https://en.wikipedia.org/wiki/Derna_(city)", ">")]
    [InlineData("visit reuters.com today", "visit", "reuters.com", "today")]
    public void Urls_are_one_token(string text, params string[] expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("mail john.doe@example.com.", "mail", "john.doe@example.com", ".")]
    [InlineData("<press@reuters.com>", "<", "press@reuters.com", ">")]
    [InlineData("franz...@gmail.com wrote", "franz...@gmail.com", "wrote")]
    public void Email_addresses_are_one_token(string text, params string[] expected) => AssertTokens(text, expected);

    [Fact]
    public void Handles_and_hashtags_are_one_token()
    {
        AssertTokens("@Reuters_World said #Libya #ISIS.", "@Reuters_World", "said", "#Libya", "#ISIS", ".");
        AssertTokens("(@Reuters)", "(", "@Reuters", ")");
        AssertTokens("item #1", "item", "#", "1");
    }

    [Theory]
    [InlineData("1,000 fighters", "1,000", "fighters")]
    [InlineData("3.5 million", "3.5", "million")]
    [InlineData("$5 and $3.5 million", "$", "5", "and", "$", "3.5", "million")]
    [InlineData("50% of", "50", "%", "of")]
    [InlineData("10km away", "10", "km", "away")]
    [InlineData("at 7:30PM", "at", "7:30", "PM")]
    [InlineData("the 2nd and 21st", "the", "2nd", "and", "21st")]
    [InlineData("the 1990s", "the", "1990s")]
    [InlineData("at 10:30 on 11/28/2000", "at", "10:30", "on", "11/28/2000")]
    [InlineData("call 713-853-3989 or 345-9945", "call", "713-853-3989", "or", "345-9945")]
    [InlineData("3-4 times in 1969-1970", "3", "-", "4", "times", "in", "1969", "-", "1970")]
    [InlineData("a .5 stake", "a", ".5", "stake")]
    [InlineData("call +44 20 or +1", "call", "+44", "20", "or", "+1")]
    [InlineData("the 1990's and 60's", "the", "1990's", "and", "60's")]
    [InlineData("after 9/11, 1/2 of", "after", "9/11", ",", "1", "/", "2", "of")]
    [InlineData("sold @2.975 each", "sold", "@", "2.975", "each")]
    public void Numbers_follow_EWT(string text, params string[] expected) => AssertTokens(text, expected);

    [Fact]
    public void Hyphenated_words_split_except_after_prefixes_as_in_EWT()
    {
        AssertTokens("a 21-year-old man", "a", "21", "-", "year", "-", "old", "man");
        AssertTokens("black-clad fighters", "black", "-", "clad", "fighters");
        AssertTokens("co-author of an e-mail on non-stop", "co-author", "of", "an", "e-mail", "on", "non-stop");
        AssertTokens("anti-American", "anti-American");
        AssertTokens("AT&T and PG&E, not B&W", "AT&T", "and", "PG&E", ",", "not", "B", "&", "W");
    }

    [Theory]
    [InlineData("don't", "do", "n't")]
    [InlineData("can't", "ca", "n't")]
    [InlineData("won't", "wo", "n't")]
    [InlineData("DON'T", "DO", "N'T")]
    [InlineData("don\u2019t", "do", "n\u2019t")]
    [InlineData("I'm", "I", "'m")]
    [InlineData("we'll", "we", "'ll")]
    [InlineData("they're", "they", "'re")]
    [InlineData("I've", "I", "'ve")]
    [InlineData("she'd", "she", "'d")]
    [InlineData("it's", "it", "'s")]
    [InlineData("cannot", "can", "not")]
    [InlineData("gonna", "gon", "na")]
    [InlineData("dont", "do", "nt")]
    public void Contractions_split_as_in_EWT(string text, params string[] expected) => AssertTokens(text, expected);

    [Fact]
    public void Possessives_split_as_in_EWT()
    {
        AssertTokens("Islamic State's atrocities", "Islamic", "State", "'s", "atrocities");
        AssertTokens("Italy\u2019s coast", "Italy", "\u2019s", "coast");
        AssertTokens("the militants' spread", "the", "militants", "'", "spread");
        AssertTokens("O'Neill's view", "O'Neill", "'s", "view");
    }

    [Fact]
    public void Words_with_inner_apostrophes_and_apostrophe_words_stay_whole()
    {
        AssertTokens("O'Connell and al-Qa'ida", "O'Connell", "and", "al", "-", "Qa'ida");
        AssertTokens("the '90s and '72", "the", "'90s", "and", "'72");
        AssertTokens("get 'em", "get", "'em");
        AssertTokens("Jones 's car", "Jones", "'s", "car");
        AssertTokens("a 're-education' camp", "a", "'", "re-education", "'", "camp");
    }

    [Fact]
    public void Parentheses_and_brackets_are_tokens()
    {
        AssertTokens("the group (also known as ISIS) said", "the", "group", "(", "also", "known", "as", "ISIS", ")", "said");
        AssertTokens("account(s)", "account", "(", "s", ")");
        AssertTokens("[sic]", "[", "sic", "]");
    }

    [Fact]
    public void Bullets_are_tokens()
    {
        AssertTokens("\u2022 First item\n\u2022 Second", "\u2022", "First", "item", "\u2022", "Second");
        AssertTokens("- one\n* two", "-", "one", "*", "two");
        AssertTokens("\u2022First", "\u2022", "First");
    }

    [Fact]
    public void Stray_markup_is_split_from_words()
    {
        AssertTokens("The /images match", "The", "/", "images", "match");
        AssertTokens("_____________________________", "_____________________________");
        AssertTokens("***", "***");
    }

    [Fact]
    public void Emoticons_are_one_token()
    {
        AssertTokens("great :) see you", "great", ":)", "see", "you");
        AssertTokens("great:)", "great", ":)");
    }

    [Fact]
    public void Slashes_split_words_but_not_dates_or_letter_pairs()
    {
        AssertTokens("and/or", "and", "/", "or");
        AssertTokens("b/c it", "b/c", "it");
    }

    [Fact]
    public void Offsets_index_the_original_text_including_unusual_whitespace()
    {
        const string text = "  \u00A0Hello,\tworld\u2026\r\n\u200Bnext ";
        var layer = Tokenizer.Tokenize(text);
        Assert.Equal(["Hello", ",", "world", "\u2026", "next"], Tokens(text));
        Assert.Equal(3, layer.StartOf(0));
        Assert.Equal(text.Length - 1, layer.EndOf(layer.Count - 1));
    }

    [Fact]
    public void Empty_and_blank_text_have_no_tokens()
    {
        Assert.Empty(Tokens(string.Empty));
        Assert.Empty(Tokens(" \n\t "));
    }

    [Fact]
    public void A_reused_buffer_gives_the_same_spans()
    {
        var buffer = new TokenSpanBuffer(2);
        Tokenizer.Tokenize("Islamic State's fighters, \"copycat\" claims.", buffer);
        Tokenizer.Tokenize("Short one.", buffer);
        Assert.Equal(3, buffer.Count);
        Assert.Equal([0, 6, 9], buffer.Starts.ToArray());
        Assert.Equal([5, 9, 10], buffer.Ends.ToArray());
    }

    [Fact]
    public void Process_adds_the_token_layer()
    {
        var document = Tokenizer.Process(new Document("Hi there."), CancellationToken.None);
        Assert.Equal(3, document.TokenCount);
        Assert.Equal("tokenizer.news.v1", Tokenizer.Name);
    }
}

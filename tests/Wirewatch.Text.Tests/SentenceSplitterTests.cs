using Wirewatch.Core.Documents;

namespace Wirewatch.Text.Tests;

public class SentenceSplitterTests
{
    private static readonly NewsTokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    /// <summary>Each sentence as the slice of the original text from its first token's start to its last token's end.</summary>
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Splitter.Split(text, tokens);
        var result = new string[sentences.Count];
        for (int s = 0; s < result.Length; s++)
        {
            int start = tokens.StartOf(sentences.FirstToken(s));
            int end = tokens.EndOf(sentences.EndToken(s) - 1);
            result[s] = text[start..end];
        }

        return result;
    }

    private static void AssertSentences(string text, params string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Full_stops_end_sentences()
    {
        AssertSentences("International reaction came swiftly. Egyptian jets pounded sites.", "International reaction came swiftly.", "Egyptian jets pounded sites.");
        AssertSentences("Really? Yes! Fine.", "Really?", "Yes!", "Fine.");
    }

    [Fact]
    public void Abbreviations_inside_a_sentence_do_not_end_it()
    {
        AssertSentences("In December, Gen. David Rodriguez, head of the U.S. Africa Command, said so.", "In December, Gen. David Rodriguez, head of the U.S. Africa Command, said so.");
        AssertSentences("A U.S. government source said U.S. officials do not know.", "A U.S. government source said U.S. officials do not know.");
        AssertSentences("George W. Bush met Jennifer M. Anderson on Jan. 5 at 10 a.m. local time.", "George W. Bush met Jennifer M. Anderson on Jan. 5 at 10 a.m. local time.");
    }

    [Fact]
    public void An_abbreviation_at_the_end_of_a_sentence_ends_it()
    {
        AssertSentences("They are taking delivery in the U.S. The rest stays.", "They are taking delivery in the U.S.", "The rest stays.");
        AssertSentences("They are taking delivery in the U.S.", "They are taking delivery in the U.S.");
    }

    [Fact]
    public void Closing_quotes_after_the_full_stop_belong_to_the_sentence()
    {
        AssertSentences(
            "\"By killing Christian civilians, they were delivering a message that they're expanding.\" The rise of IS comes as no surprise.",
            "\"By killing Christian civilians, they were delivering a message that they're expanding.\"",
            "The rise of IS comes as no surprise.");
        AssertSentences("He said: \u201CGo now.\u201D Then he left.", "He said: \u201CGo now.\u201D", "Then he left.");
        AssertSentences("(See the map.) Fighting resumed.", "(See the map.)", "Fighting resumed.");
    }

    [Fact]
    public void A_quote_ending_in_punctuation_continues_before_a_lower_case_word()
    {
        AssertSentences("\"Go!\" he shouted.", "\"Go!\" he shouted.");
        AssertSentences("\"What now?\" asked Porter.", "\"What now?\" asked Porter.");
    }

    [Fact]
    public void A_new_quotation_starts_a_sentence()
    {
        AssertSentences("He left. \"We will return,\" he said.", "He left.", "\"We will return,\" he said.");
    }

    [Fact]
    public void Headlines_and_lines_without_final_punctuation_are_sentences()
    {
        AssertSentences(
            "suggested ties with IS command.\nTRAINING CAMPS\nIn December, he said so.",
            "suggested ties with IS command.", "TRAINING CAMPS", "In December, he said so.");
        AssertSentences("NEW ISLAMIST BASE?\nBut in Derna, residents say so.", "NEW ISLAMIST BASE?", "But in Derna, residents say so.");
    }

    [Fact]
    public void The_example_articles_closing_lines_are_split_as_written()
    {
        AssertSentences(
            "to plan larger attacks.\"\n_____________________________\nAdditional reporting by Mark Hosenball in Washington;\nYara Bayoumy and Ulf Laessing; Editing by Giles Elgood.\nhttp://www.reuters.com/article/2015/02/18/us-libya-security-idUSKBN0LM1IW20150218?utm_source=twitter",
            "to plan larger attacks.\"",
            "_____________________________",
            "Additional reporting by Mark Hosenball in Washington;\nYara Bayoumy and Ulf Laessing; Editing by Giles Elgood.",
            "http://www.reuters.com/article/2015/02/18/us-libya-security-idUSKBN0LM1IW20150218?utm_source=twitter");
    }

    [Fact]
    public void Datelines_stay_with_the_first_sentence()
    {
        AssertSentences("TRIPOLI (Reuters) - Islamic State militants attacked. Nine died.", "TRIPOLI (Reuters) - Islamic State militants attacked.", "Nine died.");
        AssertSentences("BEIRUT, Feb 18 (Reuters) - Fighting resumed on Wednesday.", "BEIRUT, Feb 18 (Reuters) - Fighting resumed on Wednesday.");
        AssertSentences("TRIPOLI (Reuters) -\nIslamic State militants attacked.", "TRIPOLI (Reuters) -\nIslamic State militants attacked.");
    }

    [Fact]
    public void Blank_lines_always_end_a_sentence()
    {
        AssertSentences("first paragraph\n\nsecond one", "first paragraph", "second one");
        AssertSentences("first paragraph\r\n \r\nsecond one", "first paragraph", "second one");
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined()
    {
        AssertSentences("a couple of hundred militants\nwere in training camps.", "a couple of hundred militants\nwere in training camps.");
        AssertSentences("leaders of Chechnya,\nTaiwan and India.", "leaders of Chechnya,\nTaiwan and India.");
    }

    [Fact]
    public void Bullets_on_their_own_lines_are_sentences()
    {
        AssertSentences("Key points:\n\u2022 Militants seized a town\n\u2022 Nine were killed", "Key points:", "\u2022 Militants seized a town", "\u2022 Nine were killed");
    }

    [Fact]
    public void Ellipses_end_a_sentence_only_before_a_capital()
    {
        AssertSentences("ISIS is exerting control over Derna \u2026 and it now has space.", "ISIS is exerting control over Derna \u2026 and it now has space.");
        AssertSentences("He waited... Nothing came.", "He waited...", "Nothing came.");
    }

    [Fact]
    public void Web_text_without_capitals_is_still_split_after_terminal_punctuation()
    {
        AssertSentences("wow! i love it. it works", "wow!", "i love it.", "it works");
    }

    [Fact]
    public void A_numbered_item_keeps_its_number()
    {
        AssertSentences("Please note:\n\n1. The first point.\n\n2. The second point.", "Please note:", "1. The first point.", "2. The second point.");
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(Sentences(string.Empty));
        Assert.Empty(Sentences("   \n "));
    }

    [Fact]
    public void Process_adds_the_sentence_layer_over_the_tokens()
    {
        var document = Splitter.Process(Tokenizer.Process(new Document("One. Two."), CancellationToken.None), CancellationToken.None);
        Assert.Equal(2, document.SentenceCount);
        Assert.Equal("sentences.news.v1", Splitter.Name);
    }
}

using Wirewatch.Core.Errors;
using Wirewatch.Entities;
using Wirewatch.Events.Quotes;

namespace Wirewatch.Events.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    private static string Text(Wirewatch.Core.Documents.Document d, Wirewatch.Core.Documents.TextSpan span) =>
        d.Text[span.Start..span.End].Trim();

    [Fact]
    public void Split_quote_keeps_the_speaker_and_the_apposition_is_the_descriptor()
    {
        var hand = new HandParse()
            .Sentence("\"|PUNCT|5|punct", "The|DET|3|det", "statement|NOUN|5|nsubj", "is|AUX|5|cop", "defiance|NOUN|8|ccomp", ",|PUNCT|5|punct",
                "\"|PUNCT|5|punct", "said|VERB|0|root|say", "Hassan|PROPN|8|nsubj", "Hassan|PROPN|9|flat", ",|PUNCT|12|punct",
                "co-author|NOUN|9|appos", "of|ADP|15|case", "a|DET|15|det", "book|NOUN|12|nmod", ".|PUNCT|8|punct")
            .Sentence("\"|PUNCT|4|punct", "They|PRON|4|nsubj", "were|AUX|4|aux", "expanding|VERB|0|root|expand", ".|PUNCT|4|punct", "\"|PUNCT|4|punct")
            .Entity(EntityLabel.PER, "Hassan Hassan", 8, 10, "Q1");
        var d = hand.Build();

        var quotes = TestLexicons.Extractor.Extract(d);

        Assert.Equal(2, quotes.Count);
        var first = quotes[0];
        Assert.True(first.Direct);
        Assert.False(first.Continuation);
        Assert.Equal("The statement is defiance ,", Text(d, first.Content));
        Assert.Equal("said", Text(d, first.Cue!.Value));
        Assert.Equal("Hassan Hassan", first.Speaker!.Text);
        Assert.Equal("Hassan Hassan", first.Speaker.Canonical);
        Assert.Equal("Q1", first.Speaker.EntityId);
        Assert.Equal("co-author of a book", first.Speaker.Descriptor);
        var second = quotes[1];
        Assert.True(second.Continuation);
        Assert.True(second.Direct);
        Assert.Equal("They were expanding .", Text(d, second.Content));
        Assert.Equal(first.Speaker, second.Speaker);
    }

    [Fact]
    public void Curly_quote_after_a_cue_takes_the_subject_of_the_governing_clause()
    {
        var d = new HandParse()
            .Sentence("Their|PRON|3|nmod:poss", "masked|ADJ|3|amod", "leader|NOUN|4|nsubj", "turns|VERB|0|root|turn", ",|PUNCT|6|punct",
                "declaring|VERB|4|advcl|declare", ",|PUNCT|10|punct", "\u201C|PUNCT|10|punct", "We|PRON|10|nsubj", "conquer|VERB|6|ccomp",
                "Rome|PROPN|10|obj", ".|PUNCT|10|punct", "\u201D|PUNCT|10|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.True(quote.Direct);
        Assert.Equal("We conquer Rome .", Text(d, quote.Content));
        Assert.Equal("declaring", Text(d, quote.Cue!.Value));
        Assert.Equal("Their masked leader", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
    }

    [Fact]
    public void Reported_speech_with_told_has_a_descriptor_speaker_without_entity()
    {
        var d = new HandParse()
            .Sentence("A|DET|5|det", "senior|ADJ|5|amod", "Egyptian|ADJ|5|amod", "security|NOUN|5|compound", "source|NOUN|6|nsubj",
                "told|VERB|0|root|tell", "Reuters|PROPN|6|obj", "that|SCONJ|11|mark", "militants|NOUN|11|nsubj|militant", "were|AUX|11|cop",
                "active|ADJ|6|ccomp", ".|PUNCT|6|punct")
            .Entity(EntityLabel.ORG, "Reuters", 6, 7)
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.False(quote.Direct);
        Assert.False(quote.Partial);
        Assert.Equal("that militants were active", Text(d, quote.Content));
        Assert.Equal("told Reuters", Text(d, quote.Cue!.Value));
        Assert.Equal("A senior Egyptian security source", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.Canonical);
        Assert.Null(quote.Speaker.EntityId);
    }

    [Fact]
    public void Quoted_fragment_inside_reported_speech_is_partial()
    {
        var d = new HandParse()
            .Sentence("IS|PROPN|5|nsubj", "may|AUX|5|aux", "be|AUX|5|aux", "\"|PUNCT|5|punct", "poaching|VERB|0|root|poach", "\"|PUNCT|5|punct",
                "from|ADP|8|case", "others|NOUN|5|obl|other", ",|PUNCT|10|punct", "said|VERB|5|parataxis|say", "Thomas|PROPN|10|nsubj",
                "Joscelyn|PROPN|11|flat", ".|PUNCT|5|punct")
            .Entity(EntityLabel.ORG, "Islamic State", 0, 1)
            .Entity(EntityLabel.PER, "Thomas Joscelyn", 10, 12)
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.False(quote.Direct);
        Assert.True(quote.Partial);
        Assert.Equal("IS may be \" poaching \" from others", Text(d, quote.Content));
        Assert.Equal("Thomas Joscelyn", quote.Speaker!.Canonical);
    }

    [Fact]
    public void A_quotation_that_ends_a_clause_before_its_cue_takes_the_clause()
    {
        // 'The plan is a "very welcome tack," he said.': what he said is the whole clause, not the quoted words alone.
        var d = new HandParse()
            .Sentence("The|DET|2|det", "plan|NOUN|8|nsubj", "is|AUX|8|cop", "a|DET|8|det", "\"|PUNCT|8|punct", "very|ADV|7|advmod",
                "welcome|ADJ|8|amod", "tack|NOUN|12|ccomp", ",|PUNCT|8|punct", "\"|PUNCT|8|punct", "he|PRON|12|nsubj", "said|VERB|0|root|say",
                ".|PUNCT|12|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.False(quote.Direct);
        Assert.True(quote.Partial);
        Assert.Equal("The plan is a \" very welcome tack , \"", Text(d, quote.Content));
        Assert.Equal("he", quote.Speaker!.Text);
    }

    [Theory]
    [InlineData("Pew|PROPN|2|compound", "Research|PROPN|0|root", true)]
    [InlineData("the|DET|2|det", "report|NOUN|0|root|report", true)]
    [InlineData("the|DET|2|det", "weather|NOUN|0|root", false)]
    public void A_name_or_a_document_before_a_colon_is_the_source_of_the_quotation(string word1, string word2, bool attributed)
    {
        // 'Pew Research: "Samples include engaged people."'; "the weather:" introduces no speaker.
        var hand = new HandParse()
            .Sentence(word1, word2, ":|PUNCT|2|punct", "\"|PUNCT|6|punct", "Samples|NOUN|6|nsubj|sample", "include|VERB|2|parataxis",
                "engaged|ADJ|8|amod", "people|NOUN|6|obj|person", ".|PUNCT|6|punct", "\"|PUNCT|6|punct");
        if (word2.StartsWith("Research", StringComparison.Ordinal))
        {
            hand.Entity(EntityLabel.ORG, "Pew Research Center", 0, 2);
        }

        var d = hand.Build();

        var quotes = TestLexicons.Extractor.Extract(d);

        if (attributed)
        {
            var quote = Assert.Single(quotes);
            Assert.True(quote.Direct);
            Assert.Equal(d.Text[..d.Text.IndexOf(':', StringComparison.Ordinal)].Trim(), quote.Speaker!.Text);
            Assert.Equal(":", Text(d, quote.Cue!.Value));
        }
        else
        {
            Assert.DoesNotContain(quotes, q => q.Speaker is not null);
        }
    }

    [Fact]
    public void A_quotation_before_a_cue_with_words_of_its_own_stays_a_quotation()
    {
        // 'She called it a "bad idea," adding that it failed.': "adding" reports what follows it.
        var d = new HandParse()
            .Sentence("She|PRON|2|nsubj", "called|VERB|0|root|call", "it|PRON|2|obj", "a|DET|8|det", "\"|PUNCT|8|punct", "bad|ADJ|7|amod",
                "idea|NOUN|2|xcomp", ",|PUNCT|7|punct", "\"|PUNCT|7|punct", "adding|VERB|2|advcl|add", "that|SCONJ|13|mark", "it|PRON|13|nsubj",
                "failed|VERB|10|ccomp|fail", ".|PUNCT|2|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d), q => q.Direct);

        Assert.Equal("bad idea ,", Text(d, quote.Content));
    }

    [Fact]
    public void Pronoun_speaker_resolves_to_the_preceding_person_and_according_to_names_the_source()
    {
        var d = new HandParse()
            .Sentence("Geoff|PROPN|3|nsubj", "Porter|PROPN|1|flat", "spoke|VERB|0|root|speak", ".|PUNCT|3|punct")
            .Sentence("He|PRON|2|nsubj", "warned|VERB|0|root|warn", "that|SCONJ|7|mark", "the|DET|5|det", "group|NOUN|7|nsubj", "was|AUX|7|cop",
                "weak|ADJ|2|ccomp", ".|PUNCT|2|punct")
            .Sentence("According|VERB|3|case|accord", "to|ADP|1|fixed", "analysts|NOUN|8|obl|analyst", ",|PUNCT|3|punct", "the|DET|6|det",
                "group|NOUN|8|nsubj", "is|AUX|8|cop", "weak|ADJ|0|root", ".|PUNCT|8|punct")
            .Entity(EntityLabel.PER, "Geoff Porter", 0, 2)
            .Build();

        var quotes = TestLexicons.Extractor.Extract(d);

        Assert.Equal(2, quotes.Count);
        Assert.Equal("He", quotes[0].Speaker!.Text);
        Assert.Equal("Geoff Porter", quotes[0].Speaker!.Canonical);
        Assert.Equal("that the group was weak", Text(d, quotes[0].Content));
        Assert.Equal("analysts", quotes[1].Speaker!.Text);
        Assert.Equal("According to", Text(d, quotes[1].Cue!.Value));
        Assert.Equal("the group is weak", Text(d, quotes[1].Content));
    }

    [Fact]
    public void Prepositional_phrase_after_the_name_is_the_descriptor()
    {
        var d = new HandParse()
            .Sentence("\"|PUNCT|3|punct", "We|PRON|3|nsubj", "face|VERB|9|ccomp", "a|DET|6|det", "seed|NOUN|6|compound", "group|NOUN|3|obj",
                ",|PUNCT|3|punct", "\"|PUNCT|3|punct", "said|VERB|0|root|say", "Harleen|PROPN|9|nsubj", "Gambhir|PROPN|10|flat", "at|ADP|14|case",
                "the|DET|14|det", "Institute|PROPN|10|nmod", ".|PUNCT|9|punct")
            .Entity(EntityLabel.PER, "Harleen Gambhir", 9, 11)
            .Entity(EntityLabel.ORG, "Institute", 13, 14)
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.Equal("Harleen Gambhir", quote.Speaker!.Text);
        Assert.Equal("at the Institute", quote.Speaker.Descriptor);
    }

    [Fact]
    public void Short_quoted_term_without_a_cue_is_not_a_quote()
    {
        var d = new HandParse()
            .Sentence("They|PRON|2|nsubj", "drove|VERB|0|root|drive", "with|ADP|6|case", "\"|PUNCT|6|punct", "Islamic|ADJ|6|amod", "Police|PROPN|2|obl",
                "\"|PUNCT|6|punct", "emblazoned|VERB|2|advcl|emblazon", ".|PUNCT|2|punct")
            .Build();

        Assert.Empty(TestLexicons.Extractor.Extract(d));
    }

    [Fact]
    public void Cue_list_rejects_unknown_kinds()
    {
        var error = Assert.Throws<ModelLoadException>(() => SpeechCueLexicon.Parse(["speech\tsay", "noun\tstatement"], "cues.txt"));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        var cues = SpeechCueLexicon.Parse(["# comment", "speech\tsay", "attitude\tendorse", "phrase\taccording to"], "cues.txt");
        Assert.Equal(CueKind.Speech, cues.KindOf("say"));
        Assert.Equal(CueKind.Attitude, cues.KindOf("endorse"));
        Assert.Null(cues.KindOf("walk"));
        Assert.Equal(["according", "to"], cues.Phrases[0]);
    }
}

using Wirewatch.Core.Documents;
using Wirewatch.Entities;
using Wirewatch.Events.Quotes;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Events.Tests.Quotes;

public sealed class AttributionModelTests
{
    private static readonly ModelManifest Manifest = new() { Name = "quotes", Version = AttributionModel.Version };

    private static string Text(Document d, TextSpan span) => d.Text[span.Start..span.End].Trim();

    // "NAME VERBED the NOUN ." with a nominal subject and object.
    private static Document Clause(string name, string verb, string lemma, string noun) => new HandParse()
        .Sentence($"{name}|PROPN|2|nsubj", $"{verb}|VERB|0|root|{lemma}", "the|DET|4|det", $"{noun}|NOUN|2|obj", ".|PUNCT|2|punct")
        .Build();

    private static AttributionModel TrainToy()
    {
        // "zorble" is in no cue list: only the model can learn that its object is what someone said.
        var trainer = new AttributionTrainer(TestLexicons.Extractor);
        foreach (var (name, noun) in new[] { ("Smith", "plan"), ("Brown", "deal"), ("Green", "bill") })
        {
            var cue = Clause(name, "zorbled", "zorble", noun);
            var cueToken = cue.TokenLayer;
            var gold = new AttributionExample([new TextSpan(cueToken.StartOf(1), cueToken.EndOf(1))], [new TextSpan(cueToken.StartOf(2), cueToken.EndOf(3))])
            {
                Source = [new TextSpan(cueToken.StartOf(0), cueToken.EndOf(0))],
            };
            trainer.Add(cue, [gold]);
            trainer.Add(Clause(name, "ate", "eat", noun), []);
        }

        Assert.Equal(12, trainer.Examples);
        Assert.Equal(0, trainer.Unreachable);
        Assert.Equal(3, trainer.SourceExamples);
        return trainer.Train(epochs: 5, seed: 1, pruneBelow: 0f, Manifest);
    }

    [Fact]
    public void Candidates_come_from_the_parse_without_the_cue()
    {
        var d = new HandParse()
            .Sentence("Taxes|NOUN|3|nsubj", "will|AUX|3|aux", "rise|VERB|0|root", ",|PUNCT|6|punct", "Smith|PROPN|6|nsubj", "said|VERB|3|parataxis|say", ".|PUNCT|3|punct")
            .Sentence("His|PRON|2|nmod:poss", "support|NOUN|0|root", "for|ADP|5|case", "the|DET|5|det", "ban|NOUN|2|nmod", "grew|VERB|2|dep|grow", ".|PUNCT|2|punct")
            .Build();
        var p = new ParsedDocument(d);
        var candidates = new List<AttributionCandidate>();

        AttributionCandidates.Generate(p, 5, candidates);
        AttributionCandidates.Generate(p, 8, candidates);

        // The head clause without the cue's clause and the words before the comma are one span, kept once.
        Assert.Single(candidates, c => c.Cue == 5 && c.First == 0 && c.Last == 2);
        var oblique = Assert.Single(candidates, c => c.Cue == 8 && c.Kind == AttributionCandidateKind.Oblique);
        Assert.Equal((10, 11), (oblique.First, oblique.Last));
        Assert.DoesNotContain(candidates, c => c.First <= c.Cue && c.Last >= c.Cue);
    }

    [Fact]
    public void A_reported_clause_is_also_cut_before_a_trailing_comma_and_before_a_subordinate_clause()
    {
        var d = new HandParse()
            .Sentence("Voters|NOUN|2|nsubj", "said|VERB|0|root|say", "they|PRON|5|nsubj", "are|AUX|5|cop", "undecided|ADJ|2|ccomp", "now|ADV|5|advmod",
                ",|PUNCT|10|punct", "with|ADP|10|case", "64|NUM|10|nummod", "percent|NOUN|5|obl", ".|PUNCT|2|punct")
            .Sentence("He|PRON|2|nsubj", "said|VERB|0|root|say", "he|PRON|5|nsubj", "would|AUX|5|aux", "release|VERB|2|ccomp", "it|PRON|5|obj", "on|ADP|8|case",
                "Friday|PROPN|5|obl", "after|SCONJ|11|mark", "prosecutors|NOUN|11|nsubj", "decided|VERB|5|advcl|decide", ".|PUNCT|2|punct")
            .Build();
        var p = new ParsedDocument(d);
        var candidates = new List<AttributionCandidate>();

        AttributionCandidates.Generate(p, 1, candidates);
        AttributionCandidates.Generate(p, 12, candidates);

        Assert.Contains(candidates, c => c.Cue == 1 && (c.First, c.Last) == (2, 9));
        Assert.Contains(candidates, c => c.Cue == 1 && (c.First, c.Last) == (2, 5) && c.Kind == AttributionCandidateKind.ShortClause);
        Assert.Contains(candidates, c => c.Cue == 12 && (c.First, c.Last) == (13, 21));
        Assert.Contains(candidates, c => c.Cue == 12 && (c.First, c.Last) == (13, 18) && c.Kind == AttributionCandidateKind.ShortClause);
    }

    [Fact]
    public void Tail_cuts_leave_a_leading_preposition_with_the_cue_and_stop_at_a_comma_outside_quotation_marks()
    {
        // "criticism" has no child that spans "the plan, calling ...", and PolNeAR leaves "of" with the cue.
        var d = new HandParse()
            .Sentence("Smith|PROPN|2|nsubj", "voiced|VERB|0|root|voice", "criticism|NOUN|2|obj", "of|ADP|6|case", "the|DET|6|det", "plan|NOUN|3|nmod",
                ",|PUNCT|8|punct", "calling|VERB|2|advcl|call", "it|PRON|8|obj", "a|DET|11|det", "mistake|NOUN|8|xcomp", ".|PUNCT|2|punct")
            .Sentence("Jones|PROPN|3|nsubj", "was|AUX|3|cop", "critical|ADJ|0|root", "of|ADP|10|case", "\"|PUNCT|10|punct", "~bad|ADJ|10|amod", "~,|PUNCT|10|punct",
                "old|ADJ|10|amod", "~\"|PUNCT|10|punct", "plans|NOUN|3|obl|plan", ",|PUNCT|13|punct", "aides|NOUN|13|nsubj", "said|VERB|3|parataxis|say", ".|PUNCT|3|punct")
            .Build();
        var p = new ParsedDocument(d);
        var candidates = new List<AttributionCandidate>();

        AttributionCandidates.Generate(p, 2, candidates);
        AttributionCandidates.Generate(p, 14, candidates);

        Assert.Contains(candidates, c => c.Cue == 2 && (c.First, c.Last) == (4, 10) && c.Kind == AttributionCandidateKind.TailCut);

        // The comma inside the quotation marks is no cut; the one after them is.
        Assert.Contains(candidates, c => c.Cue == 14 && (c.First, c.Last) == (16, 21));
        Assert.DoesNotContain(candidates, c => c.Cue == 14 && c.Last == 17);
    }

    [Fact]
    public void A_trained_model_carries_the_stacked_scorers_and_their_scores_reach_the_chooser()
    {
        var model = TrainToy();
        var d = Clause("Jones", "zorbled", "zorble", "budget");
        var p = new ParsedDocument(d);
        var boundaries = new AttributionBoundaries(p, AttributionTokens.Create(p, TestLexicons.Cues));
        boundaries.Use(model.EndWeights, model.StartWeights, model.CueWeights);

        Assert.True(model.EndWeights.FeatureCount > 0 && model.StartWeights.FeatureCount > 0 && model.CueWeights.FeatureCount > 0);
        Assert.True(float.IsFinite(boundaries.End(3)) && float.IsFinite(boundaries.Start(2)) && float.IsFinite(boundaries.Cue(1)));

        // A content that ends where the end scorer likes best differs from one that ends where it does not, in the end
        // features only; the start and cue features stay the same.
        var c = new AttributionCandidate(1, 2, 3, 3, AttributionCandidateKind.Object);
        var best = new ulong[AttributionFeatures.StackedCount];
        var worse = new ulong[AttributionFeatures.StackedCount];
        AttributionFeatures.Stacked(c, cue: 3f, end: 6f, start: 1f, bestEnd: 6f, bestStart: 1f, best);
        AttributionFeatures.Stacked(c, cue: 3f, end: -6f, start: 1f, bestEnd: 6f, bestStart: 1f, worse);

        Assert.NotEqual(best[0], worse[0]);
        Assert.NotEqual(best[2], worse[2]);
        Assert.Equal(best[1], worse[1]);
        Assert.Equal(best[4], worse[4]);
    }

    [Fact]
    public void A_trained_model_finds_an_unlisted_cue_and_its_speaker()
    {
        var extractor = new QuoteExtractor(TestLexicons.Cues, TrainToy());
        var d = new HandParse()
            .Sentence("Jones|PROPN|2|nsubj", "zorbled|VERB|0|root|zorble", "the|DET|4|det", "budget|NOUN|2|obj", ".|PUNCT|2|punct")
            .Sentence("Jones|PROPN|2|nsubj", "ate|VERB|0|root|eat", "the|DET|4|det", "pie|NOUN|2|obj", ".|PUNCT|2|punct")
            .Build();

        var quote = Assert.Single(extractor.Extract(d));

        Assert.Equal("the budget", Text(d, quote.Content));
        Assert.Equal("zorbled", Text(d, quote.Cue!.Value));
        Assert.Equal("Jones", quote.Speaker!.Text);
        Assert.False(quote.Direct);
        Assert.StartsWith("model:", quote.Reason, StringComparison.Ordinal);
        Assert.Empty(TestLexicons.Extractor.Extract(d));
    }

    [Fact]
    public void A_long_quotation_nobody_is_named_for_is_kept_without_cue_or_speaker_and_a_short_one_is_not()
    {
        var extractor = new QuoteExtractor(TestLexicons.Cues, TrainToy());
        var d = new HandParse()
            .Sentence("Banners|NOUN|2|nsubj|banner", "hung|VERB|0|root|hang", "over|ADP|5|case", "the|DET|5|det", "square|NOUN|2|obl", "~.|PUNCT|2|punct")
            .Paragraph()
            .Sentence("\"|PUNCT|5|punct", "~We|PRON|5|nsubj", "will|AUX|5|aux", "never|ADV|5|advmod", "leave|VERB|0|root", "this|DET|7|det",
                "city|NOUN|5|obj", "to|ADP|10|case", "the|DET|10|det", "invaders|NOUN|5|obl|invader", "~.|PUNCT|5|punct", "~\"|PUNCT|5|punct")
            .Paragraph()
            .Sentence("Crowds|NOUN|2|nsubj|crowd", "chanted|VERB|0|root|chant", "\"|PUNCT|4|punct", "~freedom|NOUN|2|obj", "~\"|PUNCT|4|punct", "~.|PUNCT|2|punct")
            .Build();

        var quote = Assert.Single(extractor.Extract(d), q => q.Reason == "quotation marks, no cue found");

        Assert.StartsWith("We will never leave this city", Text(d, quote.Content), StringComparison.Ordinal);
        Assert.True(quote.Direct);
        Assert.Null(quote.Cue);
        Assert.Null(quote.Speaker);
        Assert.DoesNotContain(extractor.Extract(d), q => Text(d, q.Content) == "freedom" && q.Cue is null);
    }

    [Fact]
    public void Training_is_deterministic_and_the_file_round_trips()
    {
        var folder = Directory.CreateTempSubdirectory("wirewatch-quotes-");
        try
        {
            var first = Path.Combine(folder.FullName, "a.wwm");
            var second = Path.Combine(folder.FullName, "b.wwm");
            var bytes = TrainToy().With(-0.5f).Save(first);
            Assert.Equal(bytes, TrainToy().With(-0.5f).Save(second));

            var loaded = AttributionModel.Load(first);

            Assert.Equal(-0.5f, loaded.Threshold);
            Assert.Equal(AttributionModel.Version, loaded.Manifest.Version);
            var d = Clause("Jones", "zorbled", "zorble", "budget");
            Assert.Equal("the budget", Text(d, Assert.Single(new QuoteExtractor(TestLexicons.Cues, loaded).Extract(d)).Content));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_quotation_inside_reported_speech_gives_the_whole_clause()
    {
        var d = new HandParse()
            .Sentence("She|PRON|2|nsubj", "said|VERB|0|root|say", "that|SCONJ|10|mark", ",|PUNCT|10|punct", "\"|PUNCT|10|punct", "Of|ADV|10|advmod",
                "course|ADV|6|fixed", "he|PRON|10|nsubj", "is|AUX|10|aux", "going|VERB|2|ccomp|go", "to|PART|12|mark", "defend|VERB|10|xcomp",
                "himself|PRON|12|obj", "\"|PUNCT|10|punct", "against|ADP|17|case", "the|DET|17|det", "attacks|NOUN|12|obl", ".|PUNCT|2|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.Equal("that , \" Of course he is going to defend himself \" against the attacks", Text(d, quote.Content));
        Assert.True(quote.Partial);
        Assert.False(quote.Direct);
        Assert.Equal("said", Text(d, quote.Cue!.Value));
        Assert.Equal("She", quote.Speaker!.Text);
    }

    [Fact]
    public void A_transcript_turn_runs_to_the_end_of_its_paragraph()
    {
        var d = new HandParse()
            .Sentence("PENCE|PROPN|0|root", ":|PUNCT|4|punct", "Well|INTJ|4|discourse", "look|VERB|1|parataxis", "at|ADP|6|case", "this|PRON|4|obl", ".|PUNCT|4|punct")
            .Sentence("It|PRON|3|nsubj", "is|AUX|3|cop", "serious|ADJ|0|root", ".|PUNCT|3|punct")
            .Paragraph()
            .Sentence("Then|ADV|3|advmod", "he|PRON|3|nsubj", "left|VERB|0|root|leave", ".|PUNCT|3|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.Equal("Well look at this . It is serious", Text(d, quote.Content));
        Assert.Equal("PENCE", quote.Speaker!.Text);
    }

    [Fact]
    public void The_speaker_of_a_quotation_is_never_a_word_inside_it()
    {
        var d = new HandParse()
            .Sentence("\"|PUNCT|5|punct", "It|PRON|5|nsubj", "was|AUX|5|cop", "a|DET|5|det", "place|NOUN|0|root", "we|PRON|7|nsubj", "liked|VERB|5|acl:relcl|like",
                ",|PUNCT|5|punct", "\"|PUNCT|5|punct", "said|VERB|5|parataxis|say", "Tuesday|PROPN|10|obl:tmod", "John|PROPN|10|obj", "Podesta|PROPN|12|flat", ".|PUNCT|5|punct")
            .Entity(Wirewatch.Entities.EntityLabel.DATE, "Tuesday", 10, 11)
            .Entity(Wirewatch.Entities.EntityLabel.PER, "John Podesta", 11, 13)
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.True(quote.Direct);
        Assert.Equal("John Podesta", quote.Speaker!.Text);
    }

    [Fact]
    public void A_passive_cue_offers_its_subject_and_everything_after_it()
    {
        // "The issue was first reported by The Post on Friday .": PolNeAR's content is the subject; the leading "by" stays with the cue.
        var d = new HandParse()
            .Sentence("The|DET|2|det", "issue|NOUN|5|nsubj:pass", "was|AUX|5|aux:pass", "first|ADV|5|advmod", "reported|VERB|0|root|report", "by|ADP|8|case",
                "The|DET|8|det", "Post|PROPN|5|obl", "on|ADP|10|case", "Friday|PROPN|5|obl", ".|PUNCT|5|punct")
            .Build();
        var p = new ParsedDocument(d);
        var candidates = new List<AttributionCandidate>();

        AttributionCandidates.Generate(p, 4, candidates);

        var subject = Assert.Single(candidates, c => c.Kind == AttributionCandidateKind.Subject);
        Assert.Equal((0, 1), (subject.First, subject.Last));
        var right = Assert.Single(candidates, c => c.Kind == AttributionCandidateKind.RightSide);
        Assert.Equal((6, 9), (right.First, right.Last));
    }

    [Fact]
    public void A_relative_pronoun_source_keeps_the_phrase_it_stands_for()
    {
        // "Officials, who zorbled the budget": the source is "who" (the mention in the cue's clause); the record keeps
        // "Officials" as its antecedent.
        var d = new HandParse()
            .Sentence("Officials|NOUN|0|root|official", ",|PUNCT|4|punct", "who|PRON|4|nsubj", "zorbled|VERB|1|acl:relcl|zorble", "the|DET|6|det",
                "budget|NOUN|4|obj", ".|PUNCT|1|punct")
            .Build();
        var p = new ParsedDocument(d);

        var speaker = SourceChooser.Speaker(p, 2);

        Assert.Equal("who", speaker.Text);
        Assert.Equal("Officials", Text(d, speaker.Antecedent!.Value));
    }

    [Fact]
    public void Source_candidates_leave_out_the_content_and_name_parts_not_on_the_cue()
    {
        var d = new HandParse()
            .Sentence("Trump|PROPN|2|compound", "claims|NOUN|0|root|claim", "Mr.|PROPN|4|compound", "Smith|PROPN|6|nsubj", "will|AUX|6|aux", "win|VERB|2|acl",
                ".|PUNCT|2|punct")
            .Build();
        var p = new ParsedDocument(d);
        var content = new bool[p.Count];
        content[2] = content[3] = content[4] = content[5] = true;
        var candidates = new List<int>();

        SourceFeatures.Candidates(p, 1, content, candidates);

        // "Trump" hangs on the cue as a compound and is a candidate; "Mr." and "Smith" are in the content.
        Assert.Equal([0], candidates);
        Assert.Equal(1, SourceChooser.CueToken(p, [new TextSpan(p.Start(0), p.End(1))]));

        // A name part left outside the content while its head is inside (a parse error) is a candidate of its own.
        content[2] = false;
        candidates.Clear();
        SourceFeatures.Candidates(p, 1, content, candidates);
        Assert.Equal([0, 2], candidates);
    }

    [Fact]
    public void A_date_the_parser_hung_on_a_noun_phrase_is_not_part_of_it()
    {
        // "But this year IS militants escalated": "year" parsed as a compound of "militants".
        var d = new HandParse()
            .Sentence("But|CCONJ|6|cc", "this|DET|3|det", "year|NOUN|5|compound", "IS|PROPN|5|compound", "militants|NOUN|6|nsubj|militant",
                "escalated|VERB|0|root|escalate", ".|PUNCT|6|punct")
            .Entity(EntityLabel.DATE, "this year", 1, 3)
            .Entity(EntityLabel.ORG, "Islamic State", 3, 4)
            .Build();
        var p = new ParsedDocument(d);

        Assert.Equal((3, 4), p.CorePhrase(4));
    }

    [Fact]
    public void A_subject_tagged_as_an_adjective_is_still_a_source_candidate()
    {
        // '"We won," the official said.' with "official" mis-tagged ADJ; an adjective that is no subject stays out.
        var d = new HandParse()
            .Sentence("\"|PUNCT|3|punct", "We|PRON|3|nsubj", "won|VERB|9|ccomp|win", ",|PUNCT|3|punct", "\"|PUNCT|3|punct", "the|DET|8|det",
                "happy|ADJ|8|amod", "official|ADJ|9|nsubj", "said|VERB|0|root|say", ".|PUNCT|9|punct")
            .Build();
        var p = new ParsedDocument(d);
        var content = new bool[p.Count];
        content[0] = content[1] = content[2] = content[3] = content[4] = true;
        var candidates = new List<int>();

        SourceFeatures.Candidates(p, 8, content, candidates);

        Assert.Equal([7], candidates);
    }

    [Fact]
    public void A_quotation_in_the_sentence_after_a_colon_takes_the_verb_before_the_colon()
    {
        var d = new HandParse()
            .Sentence("Caddell|PROPN|2|nsubj", "continued|VERB|0|root|continue", ":|PUNCT|2|punct")
            .Paragraph()
            .Sentence("\"|PUNCT|4|punct", "The|DET|3|det", "issue|NOUN|4|nsubj", "matters|VERB|0|root|matter", "a|DET|6|det", "lot|NOUN|4|obj", ".|PUNCT|4|punct",
                "~\"|PUNCT|4|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.True(quote.Direct);
        Assert.Equal("continued", Text(d, quote.Cue!.Value));
        Assert.Equal("Caddell", quote.Speaker!.Text);
        Assert.Equal("The issue matters a lot .", Text(d, quote.Content));
    }

    [Fact]
    public void A_question_closing_its_sentence_takes_the_cue_that_opens_the_next()
    {
        var d = new HandParse()
            .Sentence("\"|PUNCT|3|punct", "Who|PRON|3|nsubj", "knew|VERB|0|root|know", "this|PRON|3|obj", "~?|PUNCT|3|punct", "~\"|PUNCT|3|punct")
            .Sentence("Clinton|PROPN|2|nsubj", "said|VERB|0|root|say", ".|PUNCT|2|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.True(quote.Direct);
        Assert.Equal("said", Text(d, quote.Cue!.Value));
        Assert.Equal("Clinton", quote.Speaker!.Text);
    }

    [Fact]
    public void A_quoted_transcript_turn_names_its_speaker()
    {
        var d = new HandParse()
            .Sentence("\"|PUNCT|7|punct", "WALLACE|PROPN|7|vocative", ":|PUNCT|2|punct", "Will|AUX|7|aux", "she|PRON|7|nsubj", "be|AUX|7|cop", "there|ADV|0|root",
                "~?|PUNCT|7|punct", "~\"|PUNCT|7|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.True(quote.Direct);
        Assert.Equal(":", Text(d, quote.Cue!.Value));
        Assert.Equal("WALLACE", quote.Speaker!.Text);
        Assert.Equal("Will she be there", Text(d, quote.Content));
    }

    [Fact]
    public void A_quotation_signed_after_a_dash_is_attributed_to_the_name()
    {
        var d = new HandParse()
            .Sentence("\u201C|PUNCT|3|punct", "He|PRON|3|nsubj", "scares|VERB|0|root|scare", "me|PRON|3|obj", ".|PUNCT|3|punct", "~\u201D|PUNCT|3|punct",
                "\u2015|PUNCT|8|punct", "Pamela|PROPN|3|parataxis", "Padilla|PROPN|8|flat")
            .Paragraph()
            .Sentence("Then|ADV|3|advmod", "he|PRON|3|nsubj", "left|VERB|0|root|leave", ".|PUNCT|3|punct")
            .Build();

        var quote = Assert.Single(TestLexicons.Extractor.Extract(d));

        Assert.True(quote.Direct);
        Assert.Equal("He scares me .", Text(d, quote.Content));
        Assert.Equal("\u2015", Text(d, quote.Cue!.Value));
        Assert.Equal("Pamela Padilla", quote.Speaker!.Text);
    }
}

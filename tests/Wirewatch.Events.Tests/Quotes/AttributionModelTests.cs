using Wirewatch.Core.Documents;
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
            var gold = new AttributionExample([new TextSpan(cueToken.StartOf(1), cueToken.EndOf(1))], [new TextSpan(cueToken.StartOf(2), cueToken.EndOf(3))]);
            trainer.Add(cue, [gold]);
            trainer.Add(Clause(name, "ate", "eat", noun), []);
        }

        Assert.Equal(12, trainer.Examples);
        Assert.Equal(0, trainer.Unreachable);
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
}

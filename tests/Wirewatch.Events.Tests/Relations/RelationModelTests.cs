using Wirewatch.Core.Documents;
using Wirewatch.Entities;
using Wirewatch.Events.Quotes;
using Wirewatch.Events.Relations;
using Wirewatch.Events.Tests.Quotes;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Events.Tests.Relations;

public sealed class RelationModelTests
{
    private static readonly ModelManifest Manifest = new() { Name = "relations", Version = RelationModel.Version };

    // "ISIL fighters attacked Mosul and they fled . ISIL left ."
    private static Document Attack() => new HandParse()
        .Sentence("ISIL|PROPN|2|compound", "fighters|NOUN|3|nsubj|fighter", "attacked|VERB|0|root|attack", "Mosul|PROPN|3|obj", "and|CCONJ|7|cc",
            "they|PRON|7|nsubj", "fled|VERB|3|conj|flee", ".|PUNCT|3|punct")
        .Sentence("ISIL|PROPN|2|nsubj", "left|VERB|0|root|leave", ".|PUNCT|2|punct")
        .Entity(EntityLabel.ORG, "ISIL", 0, 1)
        .Entity(EntityLabel.GPE, "Mosul", 3, 4)
        .Entity(EntityLabel.ORG, "ISIL", 8, 9)
        .Build();

    // "NAME VERBED with OTHER ." between two organisations.
    private static Document Clause(string name, string verb, string lemma, string other) => new HandParse()
        .Sentence($"{name}|PROPN|2|nsubj", $"{verb}|VERB|0|root|{lemma}", "with|ADP|4|case", $"{other}|PROPN|2|obl", ".|PUNCT|2|punct")
        .Entity(EntityLabel.ORG, name, 0, 1)
        .Entity(EntityLabel.ORG, other, 3, 4)
        .Build();

    private static RelationModel TrainToy()
    {
        // "zorble with" is no pattern of the rules: only the model can learn that it states a fight.
        var trainer = new RelationTrainer(new RelationExtractor(TestLexicons.Relations));
        foreach (var (name, other) in new[] { ("Alpha", "Beta"), ("Gamma", "Delta"), ("Kappa", "Sigma") })
        {
            var fight = Clause(name, "zorbled", "zorble", other);
            var tokens = fight.TokenLayer;
            trainer.Add(fight, [new RelationExample("FightingAgainst", new TextSpan(tokens.StartOf(0), tokens.EndOf(0)), new TextSpan(tokens.StartOf(3), tokens.EndOf(3)))]);
            trainer.Add(Clause(name, "met", "meet", other), []);
        }

        Assert.Equal(6, trainer.Pairs);
        Assert.Equal(3, trainer.Positives);
        Assert.Equal(3, trainer.GoldRelations);
        Assert.Equal(3, trainer.Reachable);
        return trainer.Train(epochs: 5, seed: 1, pruneBelow: 0f, minUpdates: 0, Manifest);
    }

    [Fact]
    public void Mentions_are_names_group_nouns_outside_names_and_personal_pronouns()
    {
        var p = new ParsedDocument(Attack());

        var mentions = RelationCandidates.Mentions(p);

        Assert.Equal(
            [(0, 0, RelationMentionKind.Name), (1, 1, RelationMentionKind.Nominal), (3, 3, RelationMentionKind.Name), (5, 5, RelationMentionKind.Pronoun), (8, 8, RelationMentionKind.Name)],
            mentions.ConvertAll(m => (m.First, m.Last, m.Kind)));
        Assert.Equal(1, mentions[1].Head);
        Assert.Equal(-1, mentions[1].Entity);
    }

    [Fact]
    public void Pairs_stay_inside_one_sentence_in_text_order()
    {
        var p = new ParsedDocument(Attack());
        var mentions = RelationCandidates.Mentions(p);
        var pairs = new List<RelationCandidate>();

        RelationCandidates.Generate(p, mentions, pairs);

        // Every two of the first sentence's four mentions; the second sentence's ISIL pairs with nothing.
        Assert.Equal([(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)], pairs.ConvertAll(c => (c.A, c.B)));
    }

    [Fact]
    public void A_quotation_mark_between_two_mentions_makes_no_pair()
    {
        // "ISIL took the hotel in Tripoli , " said Porter : the speaker is no argument of the quote's content.
        var d = new HandParse()
            .Sentence("\"|PUNCT|6|punct", "ISIL|PROPN|3|nsubj", "took|VERB|9|ccomp|take", "Tripoli|PROPN|3|obj", ",|PUNCT|3|punct", "\"|PUNCT|3|punct",
                "said|VERB|0|root|say", "Porter|PROPN|7|nsubj", ".|PUNCT|7|punct")
            .Entity(EntityLabel.ORG, "ISIL", 1, 2)
            .Entity(EntityLabel.GPE, "Tripoli", 3, 4)
            .Entity(EntityLabel.PER, "Porter", 7, 8)
            .Build();
        var p = new ParsedDocument(d);
        var mentions = RelationCandidates.Mentions(p);
        var pairs = new List<RelationCandidate>();

        RelationCandidates.Generate(p, mentions, pairs);

        // ISIL - Tripoli inside the quote; neither pairs with Porter.
        var pair = Assert.Single(pairs);
        Assert.Equal((1, 3), (mentions[pair.A].First, mentions[pair.B].First));
    }

    [Fact]
    public void Two_mentions_of_one_entity_are_no_pair()
    {
        var d = new HandParse()
            .Sentence("ISIL|PROPN|2|nsubj", "praised|VERB|0|root|praise", "ISIL|PROPN|2|obj", ".|PUNCT|2|punct")
            .Entity(EntityLabel.ORG, "ISIL", 0, 1)
            .Entity(EntityLabel.ORG, "ISIL", 2, 3)
            .Build();
        var p = new ParsedDocument(d);
        var pairs = new List<RelationCandidate>();

        RelationCandidates.Generate(p, RelationCandidates.Mentions(p), pairs);

        Assert.Empty(pairs);
    }

    [Fact]
    public void A_pair_takes_the_class_and_direction_of_the_gold_relation_joining_it()
    {
        var d = Attack();
        var p = new ParsedDocument(d);
        var m = RelationCandidates.Mentions(p);
        var t = d.TokenLayer;
        TextSpan Span(int token) => new(t.StartOf(token), t.EndOf(token));
        var gold = new List<RelationExample>
        {
            new("BelongsTo", Span(1), Span(0)),
            new("CoLocated", Span(1), Span(3)),
            new("FightingAgainst", Span(1), Span(3)),
            new("HasAttrOf", Span(0), Span(3)),
        };
        var reached = new bool[gold.Count];

        int member = RelationTrainer.Label(p, m[0], m[1], gold, reached);
        int fight = RelationTrainer.Label(p, m[1], m[2], gold, reached);
        int other = RelationTrainer.Label(p, m[0], m[2], gold, reached);

        // fighters BelongsTo ISIL: the second mention is the subject.
        Assert.Equal("member-of", RelationClasses.Predicate(member));
        Assert.True(RelationClasses.Reversed(member));
        // A fight outranks being in the same place.
        Assert.Equal("rival-of", RelationClasses.Predicate(fight));
        // Types no predicate states are not learned.
        Assert.Equal(RelationClasses.None, other);
        Assert.Equal([true, true, true, false], reached);
    }

    [Fact]
    public void Features_follow_the_words_between_and_the_rules_match()
    {
        var p = new ParsedDocument(Clause("Alpha", "zorbled", "zorble", "Beta"));
        var q = new ParsedDocument(Clause("Alpha", "met", "meet", "Beta"));
        var m = RelationCandidates.Mentions(p);
        Span<ulong> f = stackalloc ulong[RelationFeatures.MaxFeatures];
        Span<ulong> g = stackalloc ulong[RelationFeatures.MaxFeatures];
        Span<ulong> h = stackalloc ulong[RelationFeatures.MaxFeatures];

        int n = RelationFeatures.Extract(p, m[0], m[1], -1, false, 0, f);
        int k = RelationFeatures.Extract(q, m[0], m[1], -1, false, 0, g);
        int r = RelationFeatures.Extract(p, m[0], m[1], RelationClasses.PredicateIndex("rival-of"), false, 0, h);

        Assert.InRange(n, 20, RelationFeatures.MaxFeatures);
        Assert.Equal(n, k);
        Assert.Equal(n, r);
        Assert.False(f[..n].SequenceEqual(g[..k]));
        Assert.False(f[..n].SequenceEqual(h[..r]));
        Assert.Equal(n, RelationFeatures.Extract(p, m[0], m[1], -1, false, 0, g));
        Assert.True(f[..n].SequenceEqual(g[..n]));
    }

    [Fact]
    public void The_model_finds_a_relation_no_rule_states_with_the_words_between_as_evidence()
    {
        var model = TrainToy();
        var d = Clause("Omega", "zorbled", "zorble", "Theta");

        var relation = Assert.Single(new RelationExtractor(TestLexicons.Relations, model).Extract(d, []));

        Assert.Equal("rival-of", relation.Predicate);
        Assert.Equal("Omega", relation.Subject.Text);
        Assert.Equal("Theta", relation.Object.Text);
        Assert.Equal("Theta", relation.Object.Canonical);
        Assert.Equal("zorbled with", d.Text[relation.Evidence.Start..relation.Evidence.End]);
        Assert.Equal("asserted", relation.Status);
        Assert.StartsWith("model rival-of ", relation.Reason, StringComparison.Ordinal);
        Assert.Empty(new RelationExtractor(TestLexicons.Relations, model).Extract(Clause("Omega", "met", "meet", "Theta"), []));
        Assert.Empty(new RelationExtractor(TestLexicons.Relations).Extract(d, []));
        Assert.Empty(new RelationExtractor(TestLexicons.Relations, model.With(1000f, false)).Extract(d, []));
    }

    [Fact]
    public void A_learned_relation_keeps_what_the_record_promises()
    {
        // Taught that "NAME glorped with NAME" places the first in the second, the model would say so of two organisations;
        // one is located in a place, so only the version whose second name is a country stands.
        var trainer = new RelationTrainer(new RelationExtractor(TestLexicons.Relations));
        foreach (var (name, other) in new[] { ("Alpha", "Beta"), ("Gamma", "Delta"), ("Kappa", "Sigma") })
        {
            var located = Clause(name, "glorped", "glorp", other);
            var tokens = located.TokenLayer;
            trainer.Add(located, [new RelationExample("CoLocated", new TextSpan(tokens.StartOf(0), tokens.EndOf(0)), new TextSpan(tokens.StartOf(3), tokens.EndOf(3)))]);
            trainer.Add(Clause(name, "met", "meet", other), []);
        }

        var extractor = new RelationExtractor(TestLexicons.Relations, trainer.Train(epochs: 5, seed: 1, pruneBelow: 0f, minUpdates: 0, Manifest).With(-1000f, false));
        var inCountry = new HandParse()
            .Sentence("Omega|PROPN|2|nsubj", "glorped|VERB|0|root|glorp", "with|ADP|4|case", "Theta|PROPN|2|obl", ".|PUNCT|2|punct")
            .Entity(EntityLabel.ORG, "Omega", 0, 1)
            .Entity(EntityLabel.GPE, "Theta", 3, 4)
            .Build();

        var relation = Assert.Single(extractor.Extract(inCountry, []));

        Assert.Equal("located-in", relation.Predicate);
        Assert.Equal("Theta", relation.Object.Text);
        Assert.Empty(extractor.Extract(Clause("Omega", "glorped", "glorp", "Theta"), []));
    }

    [Fact]
    public void A_learned_relation_inside_a_quote_is_reported()
    {
        var model = TrainToy();
        var d = Clause("Omega", "zorbled", "zorble", "Theta");
        var quote = new Quote(null, null, new TextSpan(0, d.Text.Length), Direct: true, Partial: false, Continuation: false, "test");

        var relation = Assert.Single(new RelationExtractor(TestLexicons.Relations, model).Extract(d, [quote]));

        Assert.Equal("reported", relation.Status);
    }

    [Fact]
    public void Rules_stay_beside_the_model_and_a_veto_drops_those_it_scores_low()
    {
        // "Alpha clashed with Beta": a rule's verb pattern joins the two names; the toy model never saw "clash".
        var d = Clause("Alpha", "clashed", "clash", "Beta");
        var model = TrainToy();

        var kept = new RelationExtractor(TestLexicons.Relations, model.With(1000f, false)).Extract(d, []);
        var vetoed = new RelationExtractor(TestLexicons.Relations, model.With(1000f, true)).Extract(d, []);

        var rule = Assert.Single(kept);
        Assert.StartsWith("pattern rival-of", rule.Reason, StringComparison.Ordinal);
        Assert.Empty(vetoed);
    }

    [Fact]
    public void A_saved_model_loads_with_its_decoding()
    {
        var model = TrainToy().With(-1.5f, true);
        var folder = Directory.CreateTempSubdirectory("ww-relations-");
        try
        {
            var path = Path.Combine(folder.FullName, RelationModel.FileName);
            model.Save(path);

            var loaded = RelationModel.Load(path);

            Assert.Equal(-1.5f, loaded.Threshold);
            Assert.True(loaded.VetoRules);
            var d = Clause("Omega", "zorbled", "zorble", "Theta");
            Assert.Equal(
                new RelationExtractor(TestLexicons.Relations, model).Extract(d, []).Count,
                new RelationExtractor(TestLexicons.Relations, loaded).Extract(d, []).Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

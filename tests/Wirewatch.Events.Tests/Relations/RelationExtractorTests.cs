using Wirewatch.Core.Errors;
using Wirewatch.Entities;
using Wirewatch.Events.Relations;
using Wirewatch.Events.Tests.Quotes;

namespace Wirewatch.Events.Tests.Relations;

public sealed class RelationExtractorTests
{
    private static readonly RelationExtractor Extractor = new(TestLexicons.Relations);

    [Fact]
    public void Allegiance_takes_the_noun_the_participle_modifies()
    {
        var d = new HandParse()
            .Sentence("Militants|NOUN|7|nsubj|militant", "proclaiming|VERB|1|acl|proclaim", "allegiance|NOUN|2|obj", "to|ADP|6|case",
                "Islamic|ADJ|6|amod", "State|PROPN|2|obl", "attacked|VERB|0|root|attack", ".|PUNCT|7|punct")
            .Entity(EntityLabel.ORG, "Islamic State", 4, 6, "Q2429253")
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("allegiance", relation.Predicate);
        Assert.Equal("Militants", relation.Subject.Text);
        Assert.Equal("Islamic State", relation.Object.Text);
        Assert.Equal("Q2429253", relation.Object.EntityId);
        Assert.Equal("asserted", relation.Status);
        Assert.Equal("proclaiming allegiance to", d.Text[relation.Evidence.Start..relation.Evidence.End]);
    }

    [Fact]
    public void A_participle_hung_on_the_next_noun_takes_the_group_before_it()
    {
        // The parse makes "proclaiming" a compound of "allegiance"; the subject is still the militants, not Libya.
        var d = new HandParse()
            .Sentence("The|DET|2|det", "execution|NOUN|11|nsubj", "by|ADP|4|case", "militants|NOUN|2|nmod|militant", "in|ADP|6|case",
                "Libya|PROPN|4|nmod", "proclaiming|VERB|8|compound|proclaim", "allegiance|NOUN|2|nmod", "to|ADP|10|case",
                "IS|PROPN|8|nmod", "was|AUX|0|root|be", ".|PUNCT|11|punct")
            .Entity(EntityLabel.GPE, "Libya", 5, 6)
            .Entity(EntityLabel.ORG, "Islamic State", 9, 10, "Q2429253")
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []), r => r.Predicate == "allegiance");

        Assert.Equal("militants", relation.Subject.Text);
        Assert.Equal("IS", relation.Object.Text);
    }

    [Fact]
    public void A_role_noun_between_an_organisation_and_a_person_is_a_title()
    {
        var d = new HandParse()
            .Sentence("ISIL|PROPN|2|compound", "leader|NOUN|3|compound", "Abu|PROPN|6|nsubj", "Bakr|PROPN|3|flat", "al-Baghdadi|PROPN|3|flat",
                "spoke|VERB|0|root|speak", ".|PUNCT|6|punct")
            .Entity(EntityLabel.ORG, "ISIL", 0, 1)
            .Entity(EntityLabel.PER, "Abu Bakr al-Baghdadi", 2, 5)
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("leader-of", relation.Predicate);
        Assert.Equal("Abu Bakr al-Baghdadi", relation.Subject.Text);
        Assert.Equal("ISIL", relation.Object.Text);
        Assert.Equal("leader", d.Text[relation.Evidence.Start..relation.Evidence.End]);
    }

    [Fact]
    public void A_title_after_the_name_and_a_comma_counts_too()
    {
        // "Abu Jandal , an ISIL gang leader , was killed ."
        var d = new HandParse()
            .Sentence("Abu|PROPN|9|nsubj:pass", "Jandal|PROPN|1|flat", ",|PUNCT|7|punct", "an|DET|7|det", "ISIL|PROPN|7|compound", "gang|NOUN|7|compound",
                "leader|NOUN|1|appos", ",|PUNCT|7|punct", "was|AUX|10|aux:pass|be", "killed|VERB|0|root|kill", ".|PUNCT|10|punct")
            .Entity(EntityLabel.PER, "Abu Jandal", 0, 2)
            .Entity(EntityLabel.ORG, "ISIL", 4, 5)
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("leader-of", relation.Predicate);
        Assert.Equal("Abu Jandal", relation.Subject.Text);
        Assert.Equal("ISIL", relation.Object.Text);
    }

    [Fact]
    public void A_title_needs_a_person_name()
    {
        var d = new HandParse()
            .Sentence("ISIL|PROPN|2|compound", "leaders|NOUN|3|nsubj|leader", "fled|VERB|0|root|flee", ".|PUNCT|3|punct")
            .Entity(EntityLabel.ORG, "ISIL", 0, 1)
            .Build();

        Assert.Empty(Extractor.Extract(d, []));
    }

    [Fact]
    public void Members_from_an_organisation_are_members_of_it_but_not_of_a_place()
    {
        var d = new HandParse()
            .Sentence("Militants|NOUN|4|nsubj|militant", "from|ADP|3|case", "ISIL|PROPN|1|nmod", "attacked|VERB|0|root|attack", "soldiers|NOUN|4|obj|soldier",
                "from|ADP|7|case", "Iraq|PROPN|5|nmod", ".|PUNCT|4|punct")
            .Entity(EntityLabel.ORG, "ISIL", 2, 3)
            .Entity(EntityLabel.GPE, "Iraq", 6, 7)
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("member-of", relation.Predicate);
        Assert.Equal("Militants", relation.Subject.Text);
        Assert.Equal("ISIL", relation.Object.Text);
    }

    [Theory]
    [InlineData("Officers", "officer")]
    [InlineData("Envoys", "envoy")]
    public void Every_listed_member_noun_can_be_a_member(string word, string lemma)
    {
        var d = new HandParse()
            .Sentence($"{word}|NOUN|4|nsubj|{lemma}", "from|ADP|3|case", "ISIL|PROPN|1|nmod", "left|VERB|0|root|leave", ".|PUNCT|4|punct")
            .Entity(EntityLabel.ORG, "ISIL", 2, 3)
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("member-of", relation.Predicate);
        Assert.Equal(word, relation.Subject.Text);
    }

    [Fact]
    public void Led_by_makes_the_agent_the_leader()
    {
        var d = new HandParse()
            .Sentence("The|DET|2|det", "task|NOUN|5|nsubj:pass", "force|NOUN|2|flat", "is|AUX|5|aux:pass|be", "led|VERB|0|root|lead", "by|ADP|8|case",
                "Commodore|PROPN|8|compound", "Burns|PROPN|5|obl", ".|PUNCT|5|punct")
            .Entity(EntityLabel.ORG, "CTF", 1, 3)
            .Entity(EntityLabel.PER, "Andrew Burns", 7, 8)
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("leader-of", relation.Predicate);
        Assert.Equal("Commodore Burns", relation.Subject.Text);
        Assert.Equal("The task force", relation.Object.Text);
        Assert.Equal("led by", d.Text[relation.Evidence.Start..relation.Evidence.End]);
    }

    [Fact]
    public void Leader_of_needs_a_person_in_apposition()
    {
        var d = new HandParse()
            .Sentence("General|NOUN|2|compound", "David|PROPN|11|nsubj", "Rodriguez|PROPN|2|flat", ",|PUNCT|5|punct", "head|NOUN|2|appos",
                "of|ADP|9|case", "the|DET|9|det", "Africa|PROPN|9|compound", "Command|PROPN|5|nmod", ",|PUNCT|5|punct", "spoke|VERB|0|root|speak",
                ".|PUNCT|11|punct")
            .Entity(EntityLabel.PER, "David Rodriguez", 1, 3)
            .Entity(EntityLabel.ORG, "U.S. Africa Command", 7, 9)
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("leader-of", relation.Predicate);
        Assert.Equal("General David Rodriguez", relation.Subject.Text);
        Assert.Equal("David Rodriguez", relation.Subject.Canonical);
        Assert.Equal("Africa Command", relation.Object.Text);
        Assert.Equal("U.S. Africa Command", relation.Object.Canonical);
    }

    [Fact]
    public void Hyphenated_link_and_passive_backing_are_found_and_allegedly_marks_the_status()
    {
        var d = new HandParse()
            .Sentence("al|PROPN|2|compound", "Qaeda|PROPN|4|compound", "~-|PUNCT|4|punct", "~linked|VERB|5|amod|link", "groups|NOUN|8|nsubj:pass|group",
                "were|AUX|8|aux:pass|be", "allegedly|ADV|8|advmod", "backed|VERB|0|root|back", "by|ADP|11|case", "militia|NOUN|11|compound",
                "brigades|NOUN|8|obl|brigade", ".|PUNCT|8|punct")
            .Entity(EntityLabel.ORG, "al-Qaeda", 0, 2)
            .Build();

        var relations = Extractor.Extract(d, []);

        Assert.Contains("al Qaeda-linked", d.Text, StringComparison.Ordinal);
        var linked = Assert.Single(relations, r => r.Predicate == "affiliated-with");
        Assert.Equal("groups", linked.Subject.Text);
        Assert.Equal("al Qaeda", linked.Object.Text);
        var backed = Assert.Single(relations, r => r.Predicate == "backed-by");
        Assert.Equal("al Qaeda-linked groups", backed.Subject.Text);
        Assert.Equal("militia brigades", backed.Object.Text);
        Assert.Equal("alleged", backed.Status);
    }

    [Fact]
    public void A_relative_clause_link_takes_the_phrase_it_modifies_and_a_denial_marks_the_status()
    {
        // "Ansar al Sharia , which is linked to al Qaeda , denied any ties with ISIS ."
        var d = new HandParse()
            .Sentence("Ansar|PROPN|12|nsubj", "al|PROPN|1|flat", "Sharia|PROPN|1|flat", ",|PUNCT|7|punct", "which|PRON|7|nsubj:pass",
                "is|AUX|7|aux:pass|be", "linked|VERB|1|acl:relcl|link", "to|ADP|9|case", "al|PROPN|10|compound", "Qaeda|PROPN|7|obl",
                ",|PUNCT|7|punct", "denied|VERB|0|root|deny", "any|DET|14|det", "ties|NOUN|12|obj|tie", "with|ADP|16|case", "ISIS|PROPN|14|nmod",
                ".|PUNCT|12|punct")
            .Entity(EntityLabel.ORG, "Ansar al Sharia", 0, 3)
            .Entity(EntityLabel.ORG, "al-Qaeda", 8, 10)
            .Entity(EntityLabel.ORG, "Islamic State", 15, 16)
            .Build();

        var relations = Extractor.Extract(d, []);

        var linked = Assert.Single(relations, r => r.Object.Text == "al Qaeda");
        Assert.Equal("affiliated-with", linked.Predicate);
        Assert.Equal("Ansar al Sharia", linked.Subject.Text);
        Assert.Equal("asserted", linked.Status);
        var denied = Assert.Single(relations, r => r.Object.Text == "ISIS");
        Assert.Equal("affiliated-with", denied.Predicate);
        Assert.Equal("Ansar al Sharia", denied.Subject.Text);
        Assert.Equal("denied", denied.Status);
    }

    [Theory]
    [InlineData("phx:egypt", 1)]
    [InlineData(null, 0)]
    public void A_town_no_actor_dictionary_knows_is_no_rival(string? placeId, int expected)
    {
        // "Libya Dawn clashed with Egypt" is a rivalry; "Libya Dawn clashed with Derna" says where, not with whom.
        var d = new HandParse()
            .Sentence("Libya|PROPN|2|compound", "Dawn|PROPN|3|nsubj", "clashed|VERB|0|root|clash", "with|ADP|5|case", "Zorbia|PROPN|3|obl",
                ".|PUNCT|3|punct")
            .Entity(EntityLabel.ORG, "Libya Dawn", 0, 2, "ww:libya-dawn")
            .Entity(EntityLabel.GPE, "Zorbia", 4, 5, placeId)
            .Build();

        var relations = Extractor.Extract(d, []);

        Assert.Equal(expected, relations.Count(r => r.Predicate == "rival-of"));
    }

    [Fact]
    public void An_active_supporting_verb_makes_its_object_backed_by_its_subject_for_each_conjunct()
    {
        var d = new HandParse()
            .Sentence("The|DET|2|det", "Coalition|PROPN|3|nsubj", "supports|VERB|0|root|support", "the|DET|5|det", "SDF|PROPN|3|obj",
                "and|CCONJ|8|cc", "the|DET|8|det", "Peshmerga|PROPN|5|conj", ".|PUNCT|3|punct")
            .Entity(EntityLabel.ORG, "Coalition", 1, 2)
            .Entity(EntityLabel.ORG, "Syrian Democratic Forces", 4, 5)
            .Entity(EntityLabel.ORG, "Peshmerga", 7, 8)
            .Build();

        var relations = Extractor.Extract(d, []);

        Assert.Equal(2, relations.Count);
        Assert.All(relations, r => Assert.Equal("backed-by", r.Predicate));
        Assert.All(relations, r => Assert.Equal("The Coalition", r.Object.Text));
        Assert.Equal(["the SDF", "the Peshmerga"], relations.Select(r => r.Subject.Text));
        Assert.All(relations, r => Assert.Equal("supports", d.Text[r.Evidence.Start..r.Evidence.End]));
    }

    [Fact]
    public void A_passive_verb_is_left_to_the_phrase_patterns_and_found_once()
    {
        var d = new HandParse()
            .Sentence("The|DET|2|det", "SDF|PROPN|4|nsubj:pass", "is|AUX|4|aux:pass|be", "supported|VERB|0|root|support", "by|ADP|7|case",
                "the|DET|7|det", "Coalition|PROPN|4|obl", ".|PUNCT|4|punct")
            .Entity(EntityLabel.ORG, "Syrian Democratic Forces", 1, 2)
            .Entity(EntityLabel.ORG, "Coalition", 6, 7)
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("backed-by", relation.Predicate);
        Assert.Equal("The SDF", relation.Subject.Text);
        Assert.Equal("Coalition", relation.Object.Text);
    }

    [Fact]
    public void Place_names_after_in_locate_the_group_before_them()
    {
        var d = new HandParse()
            .Sentence("Militants|NOUN|6|nsubj|militant", "in|ADP|3|case", "Derna|PROPN|1|nmod", "and|CCONJ|5|cc", "Sirte|PROPN|3|conj",
                "attacked|VERB|0|root|attack", "in|ADP|8|case", "March|PROPN|6|obl", ".|PUNCT|6|punct")
            .Entity(EntityLabel.GPE, "Darnah", 2, 3)
            .Entity(EntityLabel.GPE, "Sirte", 4, 5)
            .Build();

        var relations = Extractor.Extract(d, []);

        Assert.Equal(2, relations.Count);
        Assert.All(relations, r => Assert.Equal("located-in", r.Predicate));
        Assert.All(relations, r => Assert.Equal("Militants", r.Subject.Text));
        Assert.Equal(["Derna", "Sirte"], relations.Select(r => r.Object.Text));
    }

    [Fact]
    public void Words_that_name_no_actor_make_no_relation()
    {
        // "The fight against terrorism": no group on either side. "ISIL killed members of the tribe": the object of
        // "killed" is not a member of ISIL. "The attack in Istanbul": an event, not an actor, sits in the place.
        var d = new HandParse()
            .Sentence("The|DET|2|det", "fight|NOUN|5|nsubj", "against|ADP|4|case", "terrorism|NOUN|2|nmod", "continues|VERB|0|root|continue", ".|PUNCT|5|punct")
            .Sentence("ISIL|PROPN|2|nsubj", "killed|VERB|0|root|kill", "members|NOUN|2|obj|member", "of|ADP|6|case", "the|DET|6|det",
                "tribe|NOUN|3|nmod", ".|PUNCT|2|punct")
            .Sentence("The|DET|2|det", "attack|NOUN|5|nsubj", "in|ADP|4|case", "Istanbul|PROPN|2|nmod", "failed|VERB|0|root|fail", ".|PUNCT|5|punct")
            .Entity(EntityLabel.ORG, "Islamic State", 6, 7)
            .Entity(EntityLabel.GPE, "Istanbul", 16, 17)
            .Build();

        Assert.Empty(Extractor.Extract(d, []));
    }

    [Fact]
    public void Joining_a_country_is_no_membership()
    {
        var d = new HandParse()
            .Sentence("U.S.|PROPN|2|compound", "forces|NOUN|3|nsubj|force", "joined|VERB|0|root|join", "Jordan|PROPN|3|obj", ".|PUNCT|3|punct")
            .Sentence("Hassan|PROPN|2|nsubj", "joined|VERB|0|root|join", "Ansar|PROPN|2|obj", "al|PROPN|3|flat", "Sharia|PROPN|3|flat", ".|PUNCT|2|punct")
            .Entity(EntityLabel.GPE, "United States", 0, 1)
            .Entity(EntityLabel.GPE, "Jordan", 3, 4)
            .Entity(EntityLabel.PER, "Hassan", 5, 6)
            .Entity(EntityLabel.ORG, "Ansar al Sharia", 7, 10)
            .Build();

        var relation = Assert.Single(Extractor.Extract(d, []));

        Assert.Equal("member-of", relation.Predicate);
        Assert.Equal("Hassan", relation.Subject.Text);
        Assert.Equal("Ansar al Sharia", relation.Object.Text);
    }

    [Fact]
    public void Pattern_file_rejects_unknown_predicates()
    {
        var error = Assert.Throws<ModelLoadException>(() => RelationPatternSet.Parse(["friend-of\tphrase\tfriend of\tany"], "patterns.tsv"));
        Assert.Contains("friend-of", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(TestLexicons.Relations.Patterns);
    }
}

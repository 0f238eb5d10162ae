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
    public void Pattern_file_rejects_unknown_predicates()
    {
        var error = Assert.Throws<ModelLoadException>(() => RelationPatternSet.Parse(["friend-of\tphrase\tfriend of\tany"], "patterns.tsv"));
        Assert.Contains("friend-of", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(TestLexicons.Relations.Patterns);
    }
}

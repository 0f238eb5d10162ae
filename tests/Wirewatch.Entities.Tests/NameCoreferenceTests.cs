using Wirewatch.Actors;

namespace Wirewatch.Entities.Tests;

public class NameCoreferenceTests
{
    private static readonly ActorEntry IslamicState = new()
    {
        Id = "ww:islamic-state",
        Kind = ActorKind.Organisation,
        Name = "Islamic State",
        Aliases = ["Islamic State", "IS", "ISIS", "ISIL"],
    };

    private static EntityDraft D(string core, EntityLabel label, ActorEntry? actor = null, int first = 0) =>
        new() { Core = core, Text = core, Label = label, Actor = actor, First = first, End = first + core.Split(' ').Length };

    private static int[] Group(params EntityDraft[] drafts)
    {
        NameCoreference.Group(drafts);
        return drafts.Select(d => d.Cluster).ToArray();
    }

    [Fact]
    public void Surname_joins_the_full_name()
    {
        var c = Group(D("Geoff Porter", EntityLabel.PER), D("Hassan Hassan", EntityLabel.PER), D("Porter", EntityLabel.PER));
        Assert.Equal(c[0], c[2]);
        Assert.NotEqual(c[0], c[1]);
    }

    [Fact]
    public void A_surname_before_the_full_name_joins_it_too()
    {
        var c = Group(D("Gaddafi", EntityLabel.PER), D("Muammar Gaddafi", EntityLabel.PER));
        Assert.Equal(c[0], c[1]);
    }

    [Fact]
    public void Title_stripped_names_meet()
    {
        // The extractor strips titles into Core: "General David Rodriguez" → "David Rodriguez".
        var c = Group(D("David Rodriguez", EntityLabel.PER), D("Rodriguez", EntityLabel.PER), D("David Rodriguez", EntityLabel.PER));
        Assert.Equal(c[0], c[1]);
        Assert.Equal(c[0], c[2]);
    }

    [Fact]
    public void Dictionary_aliases_are_one_entity()
    {
        var c = Group(
            D("Islamic State", EntityLabel.ORG, IslamicState),
            D("ISIS", EntityLabel.ORG, IslamicState),
            D("Libya", EntityLabel.GPE),
            D("ISIL", EntityLabel.MISC, IslamicState),
            D("IS", EntityLabel.ORG, IslamicState));
        Assert.Equal(new[] { c[0], c[0], c[0] }, new[] { c[1], c[3], c[4] });
        Assert.NotEqual(c[0], c[2]);
    }

    [Fact]
    public void Acronyms_join_their_expansion()
    {
        var c = Group(D("Rapid Support Forces", EntityLabel.ORG), D("RSF", EntityLabel.ORG), D("Institute for the Study of War", EntityLabel.ORG), D("ISW", EntityLabel.ORG), D("UN", EntityLabel.ORG));
        Assert.Equal(c[0], c[1]);
        Assert.Equal(c[2], c[3]);
        Assert.NotEqual(c[0], c[4]);
        Assert.Equal("RSF", NameCoreference.Initials("Rapid Support Forces"));
        Assert.True(NameCoreference.IsAcronym("U.N."));
        Assert.False(NameCoreference.IsAcronym("Reuters"));
    }

    [Fact]
    public void Persons_do_not_join_organisations_and_nationalities_stand_alone()
    {
        var c = Group(D("Porter", EntityLabel.ORG), D("Geoff Porter", EntityLabel.PER), D("Egyptian", EntityLabel.NORP), D("Egyptian", EntityLabel.NORP));
        Assert.NotEqual(c[0], c[1]);
        Assert.NotEqual(c[2], c[3]);
    }
}

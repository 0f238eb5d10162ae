namespace Wirewatch.Actors.Tests;

public class ActorMatcherTests
{
    private static List<(string Text, string Id)> Matches(string sentence)
    {
        var dictionary = ActorFixtures.Dictionary();
        var (text, starts, ends) = ActorFixtures.Tokens(sentence);
        var found = new List<ActorMatch>();
        dictionary.Match(text, starts, ends, found);
        return found.Select(m => (text[starts[m.First]..ends[m.End - 1]], dictionary.BestOf(m).Id)).ToList();
    }

    [Fact]
    public void Longest_name_wins()
    {
        Assert.Equal([("Islamic State of Iraq and the Levant", "ww:islamic-state")], Matches("the Islamic State of Iraq and the Levant said"));
        Assert.Equal([("Islamic State", "ww:islamic-state")], Matches("the Islamic State said"));
    }

    [Fact]
    public void Aliases_resolve_to_one_actor()
    {
        var ids = Matches("IS , ISIS , ISIL and Daesh").Select(m => m.Id).Distinct().ToList();
        Assert.Equal(["ww:islamic-state"], ids);
        Assert.Equal(4, Matches("IS , ISIS , ISIL and Daesh").Count);
    }

    [Fact]
    public void Hyphens_and_spaces_meet_at_one_key()
    {
        Assert.Equal([("Ansar al - Sharia", "ww:ansar")], Matches("Ansar al - Sharia fighters"));
        Assert.Equal([("Ansar al-Sharia", "ww:ansar")], Matches("Ansar al-Sharia fighters"));
    }

    [Fact]
    public void Acronyms_need_capitals_and_names_need_a_capital()
    {
        Assert.Empty(Matches("this is what us people want"));
        Assert.Equal([("US", "phx:united-states")], Matches("the US said"));
        Assert.Equal([("U.S.", "phx:united-states")], Matches("the U.S. said"));
        Assert.Empty(Matches("an islamic state of mind"));
    }

    [Fact]
    public void Person_names_give_given_names_and_surnames()
    {
        var dictionary = ActorFixtures.Dictionary();
        Assert.True(dictionary.IsGivenName("Hamid"));
        Assert.True(dictionary.IsSurname("KARZAI"));
        Assert.False(dictionary.IsSurname("Hamid"));
        Assert.Equal("phx:hamid-karzai", dictionary.Entries[dictionary.Lookup("Karzai")[0]].Id);
    }
}

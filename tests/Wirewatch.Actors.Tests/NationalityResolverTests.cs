namespace Wirewatch.Actors.Tests;

public class NationalityResolverTests
{
    private static NationalityReading? Read(string sentence, int demonym)
    {
        var resolver = new NationalityResolver(ActorFixtures.Dictionary());
        var (text, starts, ends) = ActorFixtures.Tokens(sentence);
        return resolver.TryResolve(text, starts, ends, demonym, demonym + 1, out var reading) ? reading : null;
    }

    [Fact]
    public void Demonym_and_agent_give_country_and_sector()
    {
        var jets = Read("Egyptian jets pounded militant sites", 0);
        Assert.Equal(("EGY", "MIL"), (jets!.Value.Country, jets.Value.Sector));
        var men = Read("four Saudi men were arrested", 1);
        Assert.Equal(("SAU", "CVL"), (men!.Value.Country, men.Value.Sector));
    }

    [Fact]
    public void Modifiers_may_stand_between_and_longer_agents_win()
    {
        var source = Read("a senior Egyptian security source said", 2);
        Assert.Equal("GOV", source!.Value.Sector);
        Assert.Equal("security source", source.Value.Agent!.Noun);
        var police = Read("Egyptian riot police fired", 0);
        Assert.Equal("COP", police!.Value.Sector);
        var fighters = Read("Egyptian new fighter jets", 0);
        Assert.Equal("MIL", fighters!.Value.Sector);
    }

    [Fact]
    public void A_demonym_without_agent_gives_only_the_country()
    {
        var reading = Read("the Egyptian killings", 1);
        Assert.Equal(("EGY", string.Empty), (reading!.Value.Country, reading.Value.Sector));
        Assert.Null(Read("the Martian jets", 1));
    }

    [Fact]
    public void Plural_demonyms_resolve()
    {
        var resolver = new NationalityResolver(ActorFixtures.Dictionary());
        Assert.Equal("EGY", resolver.CountryOf("Egyptians"));
        Assert.Equal("SAU", resolver.CountryOf("Saudis"));
    }
}

using Xunit;

namespace Wirewatch.Events.Tests.Ontology;

public sealed class EventOntologyTests
{
    private static Wirewatch.Events.Ontology.EventOntology Ontology => CoderDocuments.Ontology;

    [Fact]
    public void HasThePloverTypesModesAndContexts()
    {
        Assert.Equal(16, Ontology.Types.Count);
        Assert.True(Ontology.IsType("ASSAULT"));
        Assert.True(Ontology.IsMode("ASSAULT", "aerial"));
        Assert.True(Ontology.IsMode("COERCE", "arrest"));
        Assert.False(Ontology.IsMode("AGREE", "aerial"));
        Assert.True(Ontology.IsContext("terrorism"));
    }

    [Fact]
    public void CameoCodesMapToPloverWithPrefixFallback()
    {
        var air = Ontology.Cameo("195");
        Assert.NotNull(air);
        Assert.Equal("ASSAULT", air.Type);
        Assert.Equal("heavy-weapons", air.Mode);
        Assert.Equal("ASSAULT", Ontology.Cameo("1959")?.Type);
        Assert.Equal("REQUEST", Ontology.Cameo("102")?.Type);
        Assert.Null(Ontology.Cameo("---"));
    }

    [Theory]
    [InlineData("ASSAULT", "aerial", null, null, "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("ASSAULT", "explosives", "REB", "CVL", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("ASSAULT", "suicide-attack", null, null, "Explosions/Remote violence", "Suicide bomb")]
    [InlineData("ASSAULT", "abduct", "REB", "CVL", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("ASSAULT", null, "REB", "CVL", "Violence against civilians", "Attack")]
    [InlineData("ASSAULT", "firearms", "MIL", "REB", "Battles", "Armed clash")]
    [InlineData("ASSAULT", "assassinate", "REB", "MIL", "Violence against civilians", "Attack")]
    [InlineData("PROTEST", "riot", null, null, "Riots", "Violent demonstration")]
    [InlineData("PROTEST", "demo", null, null, "Protests", "Peaceful protest")]
    [InlineData("COERCE", "arrest", "COP", null, "Strategic developments", "Arrests")]
    [InlineData("AGREE", null, null, null, "Strategic developments", "Agreement")]
    public void PloverMapsToAcled(string type, string? mode, string? actor, string? recipient, string eventType, string subEventType)
    {
        Assert.Equal(new AcledLabel(eventType, subEventType), Ontology.Acled(type, mode, actor, recipient));
    }

    [Fact]
    public void StatementsHaveNoAcledLabel()
    {
        Assert.Null(Ontology.Acled("REQUEST", "change", "GOV", "IGO"));
    }

    [Fact]
    public void AssaultsMapToGtd()
    {
        Assert.Equal(new GtdLabel("Bombing/Explosion", "Private Citizens & Property", "Explosives"), Ontology.Gtd("ASSAULT", "explosives", "CVL", null));
        Assert.Equal(new GtdLabel("Hostage Taking (Kidnapping)", "Business", null), Ontology.Gtd("ASSAULT", "abduct", "CVL", "Business"));
        Assert.Equal("Unknown", Ontology.Gtd("ASSAULT", null, null, null)?.TargetType);
        Assert.Null(Ontology.Gtd("PROTEST", "demo", null, null));
    }
}

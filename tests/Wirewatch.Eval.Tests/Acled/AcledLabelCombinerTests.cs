using Wirewatch.Eval.Acled;

namespace Wirewatch.Eval.Tests.Acled;

public sealed class AcledLabelCombinerTests
{
    [Theory]
    [InlineData("ATTACK", "REM_EXPLOS", "REM_EXPLOS")] // a weapon outranks a generic attack
    [InlineData("ARMED_CLASH", "AIR_STRIKE", "AIR_STRIKE")]
    [InlineData("PEACE_PROTEST", "FORCE_AGAINST_PROTEST", "FORCE_AGAINST_PROTEST")]
    [InlineData("ARREST", "PROTEST_WITH_INTER", "PROTEST_WITH_INTER")]
    [InlineData("ATTACK", "NATURAL_DISASTER", "NATURAL_DISASTER")]
    [InlineData("ATTACK", "ARMED_CLASH", "ATTACK")] // both generic: the event's reading of actor and target stands
    [InlineData("ABDUCT_DISSAP", "ORG_CRIME", "ABDUCT_DISSAP")] // a specific event label stands
    [InlineData("SUIC_BOMB", "REM_EXPLOS", "SUIC_BOMB")]
    [InlineData("ATTACK", null, "ATTACK")]
    [InlineData(null, "ARREST", "ARREST")]
    [InlineData(null, null, null)]
    public void Generic_event_labels_yield_to_specific_keyword_labels(string? eventLabel, string? keywordLabel, string? expected)
    {
        Assert.Equal(expected, AcledLabelCombiner.Combine(eventLabel, keywordLabel));
    }

    [Fact]
    public void Other_is_generic_and_weapons_are_not()
    {
        Assert.True(AcledLabelCombiner.IsGeneric(AcledCaseLabels.Other));
        Assert.False(AcledLabelCombiner.IsGeneric("GRENADE"));
    }
}

namespace Wirewatch.Eval.Regression;

/// <summary>The result of one PLOVER gold sentence: whether the type and the actor were found, and whether nothing was coded at all.</summary>
public readonly record struct PloverOutcome(bool TypePass, bool ActorPass, bool NoEvent);

namespace Wirewatch.Eval.Regression;

/// <summary>A predicted event as the regression checks see it: PLOVER type, CAMEO code and actors.</summary>
public sealed record PredictedEvent(string Type, string? Cameo, IReadOnlyList<PredictedActor> Actors);

namespace Wirewatch.Eval.Regression;

/// <summary>A predicted actor or recipient as the regression checks see it: its words, canonical name and country (alpha-3).</summary>
public sealed record PredictedActor(string Text, string? Canonical, string? Country);

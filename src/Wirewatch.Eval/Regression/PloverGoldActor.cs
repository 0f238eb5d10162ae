namespace Wirewatch.Eval.Regression;

/// <summary>A gold actor of a PLOVER gold-standard record: the words of the sentence, its code (country or actor) and sector.</summary>
public sealed record PloverGoldActor(string Text, string? Code, string? Sector);

namespace Wirewatch.Eval.Regression;

/// <summary>One gold <c>&lt;EventCoding&gt;</c> of a PETRARCH unit record: source and target actor codes and the CAMEO event code.</summary>
public sealed record PetrarchCoding(string Source, string Target, string EventCode);

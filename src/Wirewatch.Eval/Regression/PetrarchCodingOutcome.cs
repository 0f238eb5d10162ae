namespace Wirewatch.Eval.Regression;

/// <summary>
/// The result of one gold PETRARCH coding: its CAMEO code, the PLOVER type the map gives it (null when the code is not
/// CAMEO, such as the unit tests' 9xx codes), and whether a predicted event had that type and that CAMEO root.
/// </summary>
public readonly record struct PetrarchCodingOutcome(string EventCode, string? PloverType, bool TypePass, bool RootPass);

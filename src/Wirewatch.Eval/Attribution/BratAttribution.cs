namespace Wirewatch.Eval.Attribution;

/// <summary>One PolNeAR attribution: its source (null when the text names none), cue and content spans.</summary>
public sealed record BratAttribution(AttributionSpan? Source, AttributionSpan? Cue, AttributionSpan Content);

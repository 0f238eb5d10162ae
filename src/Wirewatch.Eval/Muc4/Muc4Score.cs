namespace Wirewatch.Eval.Muc4;

/// <summary>Per-slot and micro-averaged figures of one MUC-4 metric.</summary>
/// <param name="PerSlot">Keyed by role (and, for the template metric, <c>incident_type</c>), in report order.</param>
/// <param name="Micro">All slots summed.</param>
public sealed record Muc4Score(IReadOnlyList<KeyValuePair<string, Muc4Prf>> PerSlot, Muc4Prf Micro);

namespace Wirewatch.Eval.Regression;

/// <summary>One gold-coded sentence of PLOVER's gold standard (plover_gsr_cameo.jsonl): its event type and source/target actors.</summary>
public sealed record PloverGoldRecord(
    string Id,
    DateOnly? Date,
    string Type,
    string Text,
    IReadOnlyList<PloverGoldActor> Sources,
    IReadOnlyList<PloverGoldActor> Targets);

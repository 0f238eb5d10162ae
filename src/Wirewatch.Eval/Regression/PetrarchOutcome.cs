namespace Wirewatch.Eval.Regression;

/// <summary>The result of one PETRARCH unit record: one outcome per gold coding, and whether we predicted no event at all.</summary>
public sealed record PetrarchOutcome(IReadOnlyList<PetrarchCodingOutcome> Codings, bool PredictedNone)
{
    /// <summary>Whether the record expects no event (no coding with an event code).</summary>
    public bool GoldNone => Codings.Count == 0;
}

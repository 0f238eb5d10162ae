namespace Wirewatch.Events;

/// <summary>The check of one article against its expected.json: events, quotes (null when there is no quotes layer) and spurious events.</summary>
public sealed record ExpectationReport(
    IReadOnlyList<ExpectationResult> Events,
    IReadOnlyList<ExpectationResult>? Quotes,
    int PredictedEvents,
    int SpuriousEvents);

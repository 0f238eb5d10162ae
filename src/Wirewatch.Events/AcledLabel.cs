namespace Wirewatch.Events;

/// <summary>An ACLED event type and sub-event type (labels of ACLED's codebook, as in case2021-labels.txt).</summary>
public sealed record AcledLabel(string EventType, string SubEventType);

namespace Wirewatch.Eval.Acled;

/// <summary>One label of the CASE 2021 fine-grained event classification task and the ACLED type it stands for.</summary>
/// <param name="Label">e.g. <c>AIR_STRIKE</c>.</param>
/// <param name="EventType">ACLED event type, or "-" outside ACLED's taxonomy.</param>
/// <param name="SubEventType">ACLED sub-event type (or the task's description outside ACLED).</param>
public sealed record AcledCaseLabel(string Label, string EventType, string SubEventType);

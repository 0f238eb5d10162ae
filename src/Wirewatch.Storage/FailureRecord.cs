namespace Wirewatch.Storage;

/// <summary>A source (file, <c>file:line</c>, feed item) that was skipped or failed, and why.</summary>
public sealed record FailureRecord(string Source, FailureKind Kind, string Reason, DateTimeOffset At);

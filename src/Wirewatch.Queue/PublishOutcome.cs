namespace Wirewatch.Queue;

/// <summary>What became of a publish. Both are success: a duplicate was already in the queue.</summary>
public enum PublishOutcome
{
    Stored,

    /// <summary>A message with the same id was published inside the queue's deduplication window; it was dropped.</summary>
    Duplicate,
}

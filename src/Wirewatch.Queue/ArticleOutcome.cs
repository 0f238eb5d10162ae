namespace Wirewatch.Queue;

/// <summary>What a worker did with one delivery of an article message.</summary>
public enum ArticleOutcome
{
    /// <summary>Processed, stored (replacing an earlier copy), candidates published, acked.</summary>
    Stored,

    /// <summary>Read but not processed (e.g. not English); recorded as skipped and acked.</summary>
    Skipped,

    /// <summary>A poison message: recorded in the store's failed table and terminated.</summary>
    Failed,

    /// <summary>Failed this time; handed back for another delivery.</summary>
    Retried,

    /// <summary>The worker is stopping; the message was handed back untouched.</summary>
    Released,
}

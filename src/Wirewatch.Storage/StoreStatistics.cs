namespace Wirewatch.Storage;

/// <summary>Row counts of a store.</summary>
public sealed record StoreStatistics(long Articles, long Events, long Quotes, long Failed, long Skipped);

namespace Wirewatch.Storage;

/// <summary>One event of an article: a few columns to filter on, and its JSON from the record.</summary>
public sealed record EventRow(string? Type, string? Date, string? Country, string Json);

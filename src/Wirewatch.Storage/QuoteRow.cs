namespace Wirewatch.Storage;

/// <summary>One quote of an article: the speaker's name to filter on, and its JSON from the record.</summary>
public sealed record QuoteRow(string? Speaker, string Json);

namespace Wirewatch.Storage;

/// <summary>A page of events and how many matched in all.</summary>
public sealed record EventPage(IReadOnlyList<StoredEvent> Items, int Total);

namespace Wirewatch.Events.Attributes;

/// <summary>The casualty figures of one event; null where the text gives none.</summary>
public sealed record EventCounts(EventCount? Killed, EventCount? Injured, EventCount? Abducted, EventCount? Arrested)
{
    /// <summary>No figures at all.</summary>
    public static EventCounts None { get; } = new(null, null, null, null);
}

namespace Wirewatch.Events.Attributes;

/// <summary>The source an event is reported by ("a U.S. government source", "residents") and its char span.</summary>
public sealed record EventAttribution(string Text, int Start, int End);

namespace Wirewatch.Events;

/// <summary>
/// An actor or recipient of an event: the words of the article (a noun phrase span) and, when the phrase holds a
/// resolved entity, that entity's canonical name, id, country (alpha-3) and PLOVER sector.
/// </summary>
public sealed record EventParticipant(string Text, int Start, int End, string? Canonical, string? EntityId, string? Country, string? Sector);

namespace Wirewatch.Events.Attributes;

/// <summary>
/// A claim of an event: who claims it (span -1/-1 when unnamed), through which channel ("video", "statement", ...),
/// and whether it is "unverified", "confirmed" or "disputed".
/// </summary>
public sealed record EventClaim(string? Claimant, int ClaimantStart, int ClaimantEnd, string? Channel, string Verified);

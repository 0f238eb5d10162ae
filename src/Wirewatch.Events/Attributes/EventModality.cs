using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Attributes;

/// <summary>The status of an event, its claim and attribution, why, and the cue spans behind it.</summary>
public sealed record EventModality(EventStatus Status, EventClaim? Claim, EventAttribution? Attribution, string Reason, IReadOnlyList<TextSpan> Evidence);

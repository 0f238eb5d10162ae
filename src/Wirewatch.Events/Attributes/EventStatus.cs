namespace Wirewatch.Events.Attributes;

/// <summary>How the article presents an event.</summary>
public enum EventStatus
{
    Asserted,
    Reported,
    Claimed,
    Alleged,
    Suspected,
    Denied,
    Hypothetical,
    Threatened,
    Negated,
}

using Wirewatch.Core.Documents;
using Wirewatch.Events.Attributes;
using Wirewatch.Geo.Events;

namespace Wirewatch.Events;

/// <summary>
/// One coded event of an article (after merging its mentions): PLOVER type, mode and contexts, CAMEO, ACLED and
/// GTD labels, participants, place, date, counts, status, claim and attribution, with the evidence spans, a short
/// reason and a confidence.
/// </summary>
public sealed record CodedEvent
{
    /// <summary>PLOVER event type, upper case.</summary>
    public required string Type { get; init; }

    /// <summary>PLOVER mode, when known.</summary>
    public string? Mode { get; init; }

    /// <summary>PLOVER contexts.</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>CAMEO code.</summary>
    public string? Cameo { get; init; }

    /// <summary>ACLED event and sub-event type, where ACLED codes such events.</summary>
    public AcledLabel? Acled { get; init; }

    /// <summary>GTD attack, target and weapon type, for attacks by non-state actors.</summary>
    public GtdLabel? Gtd { get; init; }

    /// <summary>Who did it.</summary>
    public IReadOnlyList<EventParticipant> Actors { get; init; } = [];

    /// <summary>To whom.</summary>
    public IReadOnlyList<EventParticipant> Recipients { get; init; } = [];

    /// <summary>With what ("with knives"), when the text says.</summary>
    public EventParticipant? Instrument { get; init; }

    /// <summary>Where, or null when the article gives no place.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>When, or null when there is no publication date to resolve against.</summary>
    public EventDate? Date { get; init; }

    /// <summary>Killed, injured, abducted, arrested.</summary>
    public EventCounts Counts { get; init; } = EventCounts.None;

    /// <summary>Asserted, reported, claimed, ...</summary>
    public EventStatus Status { get; init; }

    /// <summary>Who claimed it and how, for claimed events.</summary>
    public EventClaim? Claim { get; init; }

    /// <summary>Who reports it ("residents said").</summary>
    public EventAttribution? Attribution { get; init; }

    /// <summary>The trigger word(s) of the first mention.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>Every mention's trigger and the other spans that decided a field.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];

    /// <summary>Which patterns and paths coded it.</summary>
    public required string Reason { get; init; }

    /// <summary>0-1.</summary>
    public double Confidence { get; init; }

    /// <summary>Sentence index of the first mention.</summary>
    public int Sentence { get; init; }

    /// <summary>Token index of the first mention's trigger.</summary>
    public int TriggerToken { get; init; }

    /// <summary>How many mentions were merged into this event.</summary>
    public int Mentions { get; init; } = 1;
}

namespace Wirewatch.Events.Attributes;

/// <summary>
/// When an event happened. <paramref name="Value"/> is the (first) day; <paramref name="EndValue"/> the last day of a range
/// (JSON <c>end</c> of the date; null for a single point). <paramref name="Start"/>/<paramref name="End"/> are the char span
/// of the time expression in the text, -1/-1 for publication-fallback.
/// </summary>
public sealed record EventDate(
    DateOnly Value,
    DateOnly? EndValue,
    DatePrecision Precision,
    DateBasis Basis,
    int Start,
    int End,
    string Reason);

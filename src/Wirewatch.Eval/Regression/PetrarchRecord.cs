namespace Wirewatch.Eval.Regression;

/// <summary>
/// One PETRARCH unit-test <c>&lt;Sentence&gt;</c>: id, category, date, text and the gold codings. A record with no
/// coding expects no event (<see cref="NoEvents"/> marks an explicit <c>noevents="True"</c>; <see cref="Error"/> holds
/// an expected rejection such as <c>storydiscard</c>).
/// </summary>
public sealed record PetrarchRecord(
    string Id,
    string Category,
    DateOnly? Date,
    string Text,
    IReadOnlyList<PetrarchCoding> Codings,
    bool NoEvents,
    string? Error);

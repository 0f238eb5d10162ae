namespace Wirewatch.Events;

/// <summary>The expected events and quotes of one example article (expected.json), and its publication date.</summary>
public sealed record ExampleExpectations(DateOnly? Published, IReadOnlyList<ExpectedEvent> Events, IReadOnlyList<ExpectedQuote> Quotes);

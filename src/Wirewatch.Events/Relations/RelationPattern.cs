namespace Wirewatch.Events.Relations;

/// <summary>One line of <c>data/events/relation-patterns.tsv</c>: the predicate, how it matches, its lower-case words, and whether the subject must be a person.</summary>
public sealed record RelationPattern(string Predicate, RelationMatchKind Match, IReadOnlyList<string> Words, bool PersonSubject);

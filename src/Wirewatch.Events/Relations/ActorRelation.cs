using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Relations;

/// <summary>
/// A relation between two actors stated in the text: <see cref="Predicate"/> is one of allegiance, affiliated-with,
/// rival-of, backed-by, leader-of, member-of, located-in; <see cref="Status"/> is asserted, reported (inside quoted or
/// reported speech) or alleged; <see cref="Evidence"/> is the span of the words that matched, <see cref="Reason"/> the pattern.
/// </summary>
public sealed record ActorRelation(
    RelationArgument Subject,
    string Predicate,
    RelationArgument Object,
    TextSpan Evidence,
    string Status,
    string Reason);

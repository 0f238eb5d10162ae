using Wirewatch.Entities;

namespace Wirewatch.Events.Relations;

/// <summary>
/// One mention that can take part in a learned relation: tokens <c>[First, Last]</c>, the token that heads it in the
/// parse, its kind, and for a named mention its entity and label (<see cref="Entity"/> is -1 for the others).
/// </summary>
internal readonly record struct RelationMention(int First, int Last, int Head, int Entity, EntityLabel Label, RelationMentionKind Kind);

namespace Wirewatch.Events.Patterns;

/// <summary>
/// A condition on a trigger's dependents: <c>obj</c> (a direct object or passive subject), <c>prep</c> (a dependent
/// introduced by one of the prepositions or particles) or <c>mod</c> (a compound or adjectival modifier), whose
/// lemma is one of <see cref="Words"/>.
/// </summary>
public sealed record TriggerCondition(string Relation, IReadOnlyList<string> Words);

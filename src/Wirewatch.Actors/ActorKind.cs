namespace Wirewatch.Actors;

/// <summary>What an actor is; decides the entity label its mentions get (PER, ORG, GPE).</summary>
public enum ActorKind
{
    /// <summary>A named person (PER).</summary>
    Person,

    /// <summary>A group, party, armed group, company, agency or international body (ORG).</summary>
    Organisation,

    /// <summary>A country or territory (GPE); its aliases include its demonyms.</summary>
    Country,
}

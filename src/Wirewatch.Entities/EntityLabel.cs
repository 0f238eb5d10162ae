namespace Wirewatch.Entities;

/// <summary>The entity labels of the record (DESIGN.md), plus MISC for other names (works, products, laws).</summary>
public enum EntityLabel
{
    PER,
    ORG,
    GPE,
    LOC,
    FAC,
    NORP,
    EVENT,
    MISC,
    DATE,
    TIME,
    CARDINAL,
    QUANTITY,
    MONEY,
}

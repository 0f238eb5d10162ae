namespace Wirewatch.Entities;

/// <summary>What a gazetteer name most strongly is, strongest first (the order ranks readings).</summary>
public enum GazetteerKind
{
    Country,
    Demonym,
    Admin,
    BigCity,
    Region,
    Admin2,
    City,
    Facility,
    None,
}

namespace Wirewatch.Geo.Gazetteer;

/// <summary>How a name refers to its entry; kept with every name so resolution can weigh it.</summary>
public enum NameKind : byte
{
    /// <summary>An alternate name or spelling (GeoNames alternate names, world-countries alternate spellings).</summary>
    Alternate = 0,

    /// <summary>The entry's own name or its ASCII form.</summary>
    Primary = 1,

    /// <summary>An adjective or demonym ("Libyan", "Egyptians") that points to a country or region.</summary>
    Demonym = 2,

    /// <summary>A short upper-case form ("US", "UAE"); matched only where the text writes it in capitals.</summary>
    Abbreviation = 3,
}

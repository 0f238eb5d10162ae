namespace Wirewatch.Entities;

/// <summary>
/// The lexicon evidence the recognizer sees per token, one bit each. The names are stored in the model and checked
/// at load; appending a flag is compatible with nothing (retrain), so the order is fixed.
/// </summary>
public enum LexiconFlag
{
    /// <summary>Inside a gazetteer name of a country.</summary>
    GazCountry,

    /// <summary>Inside a gazetteer name of a first- or second-order division.</summary>
    GazAdmin,

    /// <summary>Inside a gazetteer name of a populated place of 200,000 or more.</summary>
    GazBigCity,

    /// <summary>Inside a gazetteer name of a populated place of 15,000 to 200,000.</summary>
    GazCity,

    /// <summary>Inside a gazetteer name of a region, continent or body of water.</summary>
    GazRegion,

    /// <summary>Inside a gazetteer name of a facility.</summary>
    GazFacility,

    /// <summary>A gazetteer demonym ("Libyan", "Egyptians").</summary>
    GazDemonym,

    /// <summary>Inside a gazetteer name of two or more tokens.</summary>
    GazMultiword,

    /// <summary>The first token of a gazetteer name.</summary>
    GazBegin,

    /// <summary>Inside an actor-dictionary name of a person.</summary>
    ActorPerson,

    /// <summary>Inside an actor-dictionary name of an organisation.</summary>
    ActorOrganisation,

    /// <summary>Inside an actor-dictionary name of a country (its names, demonyms and cities).</summary>
    ActorCountry,

    /// <summary>The first token of an actor-dictionary name.</summary>
    ActorBegin,

    /// <summary>Inside an actor-dictionary name of two or more tokens.</summary>
    ActorMultiword,

    /// <summary>A known person's first name.</summary>
    GivenName,

    /// <summary>A known person's last name.</summary>
    Surname,

    /// <summary>Inside a generic actor noun phrase ("police", "fighter jets").</summary>
    Agent,

    /// <summary>A word that heads organisation names (Council, Ministry, Party, University, ...).</summary>
    OrganisationWord,

    /// <summary>A title or honorific before names (Mr, President, Gen., Sheikh, ...).</summary>
    Title,

    /// <summary>A month or weekday name.</summary>
    Calendar,

    /// <summary>A word that heads facility names (hotel, airport, oilfield, ...).</summary>
    FacilityWord,
}

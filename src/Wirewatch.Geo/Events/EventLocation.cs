using Wirewatch.Geo.Places;

namespace Wirewatch.Geo.Events;

/// <summary>
/// The place chosen for an event, its precision (ACLED geo_precision extended with 4 = country) and why.
/// The precision can be coarser than the place's own: an event placed by the article's focus town is
/// only "near" it (2).
/// </summary>
public sealed record EventLocation(PlaceMention Place, int Precision, EventLocationBasis Basis, string Reason);

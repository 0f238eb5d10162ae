namespace Wirewatch.Actors;

/// <summary>
/// One coded role of an actor, as in the source dictionary: the original CAMEO actor code (e.g. <c>EGYGOVMIL</c>),
/// the country and PLOVER sector read from it, and the period it holds (either bound may be open).
/// </summary>
public sealed record ActorRole(string Code, string Country, string Sector, DateOnly? From, DateOnly? To)
{
    /// <summary>True when <paramref name="date"/> lies in [From, To]; open bounds always hold.</summary>
    public bool HoldsOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}

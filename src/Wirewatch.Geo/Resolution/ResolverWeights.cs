namespace Wirewatch.Geo.Resolution;

/// <summary>
/// The weights of the resolver's linear score. Hand-set, then tuned by coordinate ascent on TR-News
/// (accuracy within 161 km, resolution from gold spans); generic: no weight names a place or a document.
/// </summary>
public sealed record ResolverWeights
{
    public static ResolverWeights Default { get; } = new();

    /// <summary>Per decade of population (log10(1 + population)).</summary>
    public double Population { get; init; } = 1.5;

    public double Country { get; init; } = 4.0;

    public double Continent { get; init; } = 9.0;

    public double Region { get; init; } = 6.0;

    public double Facility { get; init; } = 5.0;

    public double Admin1 { get; init; } = -0.5;

    public double Admin2 { get; init; } = -1.5;

    /// <summary>Capital of a country (PPLC).</summary>
    public double Capital { get; init; } = 1.0;

    /// <summary>Seat of a first-order division (PPLA).</summary>
    public double Admin1Seat { get; init; } = 1.5;

    /// <summary>Seat of a second-order division (PPLA2).</summary>
    public double Admin2Seat { get; init; } = -0.2;

    /// <summary>Seat of a lower division (PPLA3, PPLA4).</summary>
    public double MinorSeat { get; init; } = 0.3;

    /// <summary>Section of a populated place (PPLX): rarely what a bare name means.</summary>
    public double Section { get; init; } = 0.0;

    /// <summary>Added when the name is only an alternate name of the entry (usually negative).</summary>
    public double AlternateName { get; init; } = -1.5;

    /// <summary>Per log(1 + mass) of the article's other names pointing into the same country.</summary>
    public double CountryContext { get; init; } = 4.0;

    /// <summary>Cap on the log(1 + mass) terms, so that many mentions of one country cannot outvote a far larger namesake ("Rome").</summary>
    public double ContextCap { get; init; } = 1.1;

    /// <summary>Per log(1 + mass) of the article's names of the entry's first-order division.</summary>
    public double Admin1Context { get; init; } = 3.0;

    /// <summary>"X, Y" or "X in Y" with Y a country or division that holds the candidate.</summary>
    public double Pattern { get; init; } = 6.0;

    /// <summary>Closeness to the article's other resolved places (1 at 0 km, 0 at <see cref="CoherenceRangeKm"/> and beyond, log scale).</summary>
    public double Coherence { get; init; } = 3.0;

    public double CoherenceRangeKm { get; init; } = 1000;

    /// <summary>Weight of the dateline's country among the context masses.</summary>
    public double DatelineMass { get; init; } = 2.0;
}

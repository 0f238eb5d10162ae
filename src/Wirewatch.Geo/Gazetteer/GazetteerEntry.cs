namespace Wirewatch.Geo.Gazetteer;

/// <summary>A light view of one gazetteer entry. Scalar fields cost an array read; <see cref="Name"/> allocates.</summary>
public readonly struct GazetteerEntry
{
    private readonly BinaryGazetteer _gazetteer;

    internal GazetteerEntry(BinaryGazetteer gazetteer, int index)
    {
        _gazetteer = gazetteer;
        Index = index;
    }

    public int Index { get; }

    /// <summary>GeoNames id, or 0 when the entry has none (our additions, admin2 built from name tables).</summary>
    public int GeonameId => _gazetteer.GeonameIdOf(Index);

    public string Name => _gazetteer.NameOf(Index);

    public double Latitude => _gazetteer.LatitudeOf(Index);

    public double Longitude => _gazetteer.LongitudeOf(Index);

    public long Population => _gazetteer.PopulationOf(Index);

    public PlaceKind Kind => _gazetteer.KindOf(Index);

    /// <summary>1 = town or finer, 2 = near a town or part of a region, 3 = region, 4 = country or larger.</summary>
    public int Precision => _gazetteer.PrecisionOf(Index);

    /// <summary>Index into the gazetteer's country table, or -1.</summary>
    public int CountryIndex => _gazetteer.CountryIndexOf(Index);

    /// <summary>ISO 3166-1 alpha-3, or empty.</summary>
    public string CountryCode => _gazetteer.CountryCodeAt(CountryIndex);

    /// <summary>The entry of the first-order division this entry lies in, or -1.</summary>
    public int Admin1Entry => _gazetteer.Admin1Of(Index);

    /// <summary>Name of the first-order division, or null.</summary>
    public string? Admin1Name => Admin1Entry >= 0 ? _gazetteer.NameOf(Admin1Entry) : (Kind == PlaceKind.Admin1 ? Name : null);

    public char FeatureClass => _gazetteer.FeatureClassOf(Index);

    public string FeatureCode => _gazetteer.FeatureCodeOf(Index);

    public override string ToString() => $"{Name} ({FeatureCode}, {CountryCode}, {Latitude:0.###}, {Longitude:0.###})";
}

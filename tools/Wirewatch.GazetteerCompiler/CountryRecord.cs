using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.GazetteerCompiler;

/// <summary>A country as world-countries describes it, with its GeoNames id from iso3166-2-db.</summary>
public sealed record CountryRecord
{
    public required string Alpha2 { get; init; }

    public required string Alpha3 { get; init; }

    public required string CommonName { get; init; }

    public string? OfficialName { get; init; }

    public IReadOnlyList<string> AltSpellings { get; init; } = [];

    public IReadOnlyList<string> Demonyms { get; init; } = [];

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    public bool Independent { get; init; }

    public int GeonameId { get; init; }

    public GeoExtent? Extent { get; init; }
}

using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.GazetteerCompiler;

/// <summary>One line of <c>data/gazetteer/additions.tsv</c>.</summary>
public sealed record AdditionLine
{
    public required int LineNumber { get; init; }

    /// <summary>continent, region, water, facility, place, or names (extra names for an existing entry).</summary>
    public required string Kind { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<GazetteerName> Aliases { get; init; } = [];

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    public string Country { get; init; } = string.Empty;

    public char FeatureClass { get; init; }

    public string FeatureCode { get; init; } = string.Empty;

    public byte Precision { get; init; }

    public int GeonameId { get; init; }

    public required string Source { get; init; }
}

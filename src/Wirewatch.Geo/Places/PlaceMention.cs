using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.Geo.Places;

/// <summary>A resolved place mention: the span of the text and the gazetteer entry it names, with the reason.</summary>
public sealed record PlaceMention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Index of the entry in the gazetteer the resolver used.</summary>
    public required int EntryIndex { get; init; }

    /// <summary>GeoNames id, or null when the entry has none (our additions, admin2 divisions).</summary>
    public int? GeonameId { get; init; }

    public required string Name { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    /// <summary>ISO 3166-1 alpha-3, or empty.</summary>
    public required string CountryCode { get; init; }

    public string? Admin1 { get; init; }

    public required string FeatureCode { get; init; }

    public required PlaceKind Kind { get; init; }

    /// <summary>1 = town or finer, 2 = near a town / part of a region, 3 = region, 4 = country or larger.</summary>
    public required int Precision { get; init; }

    /// <summary>The mention is an adjective or demonym ("Libyan"): it points to the place but does not locate anything in it.</summary>
    public bool IsDemonym { get; init; }

    /// <summary>What decided the choice, e.g. <c>name+population+country context</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>The winning score's margin over the runner-up, squashed to 0–1.</summary>
    public double Confidence { get; init; }
}

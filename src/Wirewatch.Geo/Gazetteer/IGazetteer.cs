namespace Wirewatch.Geo.Gazetteer;

/// <summary>A compiled gazetteer: entries, and the entries each normalised name can refer to. Immutable and thread-safe.</summary>
public interface IGazetteer
{
    /// <summary>The manifest embedded in the file (name, version, sources, licences, counts).</summary>
    string ManifestJson { get; }

    int Count { get; }

    GazetteerEntry this[int index] { get; }

    /// <summary>Entries whose name normalises to <paramref name="key"/> (see <see cref="Text.PlaceNameNormalizer"/>); empty when none.</summary>
    ReadOnlySpan<NameCandidate> Find(ReadOnlySpan<char> key);

    /// <summary>True when some name key starts with <paramref name="prefix"/>; lets the matcher stop extending a phrase early.</summary>
    bool HasKeyWithPrefix(ReadOnlySpan<char> prefix);

    /// <summary>The country entry for an ISO alpha-3 code, or -1.</summary>
    int CountryEntry(ReadOnlySpan<char> alpha3);

    /// <summary>The bounding box of a country or division, when the gazetteer has one.</summary>
    bool TryGetExtent(int index, out GeoExtent extent);
}

namespace Wirewatch.Geo.Gazetteer;

/// <summary>
/// The binary gazetteer layout (little-endian). Header: magic, format version, manifest JSON, SHA-256 of
/// the payload. Payload: sections (id, byte length, data padded to 4 bytes) holding column arrays of the
/// entries, the display-name pool, the country and feature-code tables, the sorted name keys with their
/// posting lists, and the extents. Strings are UTF-8 on disk; offsets count UTF-16 units of the decoded pool.
/// </summary>
internal static class GazetteerFormat
{
    public const int Version = 1;

    public const int HashLength = 32;

    public static ReadOnlySpan<byte> Magic => "WWGAZET\0"u8;

    public const int SectionEntries = 1;
    public const int SectionDisplayNames = 2;
    public const int SectionCountries = 3;
    public const int SectionFeatureCodes = 4;
    public const int SectionNameKeys = 5;
    public const int SectionPostings = 6;
    public const int SectionExtents = 7;

    public const ushort NoCountry = ushort.MaxValue;

    public static int Pad4(int length) => (4 - (length & 3)) & 3;
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Wirewatch.Geo.Text;

namespace Wirewatch.Geo.Gazetteer;

/// <summary>
/// Collects features and writes the binary gazetteer. The output depends only on the set of features
/// and the manifest: features are sorted, names normalised and deduplicated, and no clock is read.
/// </summary>
public sealed class GazetteerBuilder
{
    private readonly List<GazetteerFeature> _features = [];

    public int Count => _features.Count;

    public void Add(GazetteerFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        if (double.IsNaN(feature.Latitude) || feature.Latitude is < -90 or > 90 || double.IsNaN(feature.Longitude) || feature.Longitude is < -180 or > 180)
        {
            throw new GazetteerDataException($"Feature '{feature.Name}' ({feature.GeonameId}) has impossible coordinates {feature.Latitude}, {feature.Longitude}.");
        }

        if (feature.Precision is < 1 or > 4)
        {
            throw new GazetteerDataException($"Feature '{feature.Name}' has precision {feature.Precision}; it must be 1 to 4.");
        }

        _features.Add(feature);
    }

    /// <summary>Statistics of the last <see cref="Build"/>: distinct keys and postings.</summary>
    public (int Keys, int Postings) LastBuildCounts { get; private set; }

    /// <summary>Writes the gazetteer with <paramref name="manifestJson"/> embedded in its header.</summary>
    public byte[] Build(string manifestJson)
    {
        ArgumentNullException.ThrowIfNull(manifestJson);
        var features = _features.ToArray();
        Array.Sort(features, CompareFeatures);

        var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < features.Length; i++)
        {
            if (features[i].Key is { } key && !keyIndex.TryAdd(key, i))
            {
                throw new GazetteerDataException($"Two features share the key '{key}': '{features[keyIndex[key]].Name}' and '{features[i].Name}'.");
            }
        }

        var countryCodes = new SortedSet<string>(StringComparer.Ordinal);
        var featureCodes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            if (f.CountryCode.Length > 0)
            {
                if (f.CountryCode.Length != 3)
                {
                    throw new GazetteerDataException($"Feature '{f.Name}' has country code '{f.CountryCode}'; alpha-3 expected.");
                }

                countryCodes.Add(f.CountryCode);
            }

            featureCodes.Add(FeatureCodeKey(f));
        }

        var countryList = countryCodes.ToArray();
        var countryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < countryList.Length; i++)
        {
            countryIndex[countryList[i]] = i;
        }

        var codeList = featureCodes.ToArray();
        var codeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < codeList.Length; i++)
        {
            codeIndex[codeList[i]] = i;
        }

        var countryEntries = new int[countryList.Length];
        Array.Fill(countryEntries, -1);
        for (int i = 0; i < features.Length; i++)
        {
            if (features[i].Kind == PlaceKind.Country && features[i].CountryCode.Length == 3)
            {
                ref int slot = ref countryEntries[countryIndex[features[i].CountryCode]];
                if (slot < 0)
                {
                    slot = i;
                }
            }
        }

        using var payload = new MemoryStream();
        WriteEntries(payload, features, countryIndex, codeIndex, keyIndex);
        WriteDisplayNames(payload, features);
        WriteCountries(payload, countryList, countryEntries);
        WriteFeatureCodes(payload, codeList);
        WriteNames(payload, features);
        WriteExtents(payload, features);

        var payloadBytes = payload.ToArray();
        var manifestBytes = Encoding.UTF8.GetBytes(manifestJson);
        using var output = new MemoryStream();
        output.Write(GazetteerFormat.Magic);
        WriteInt(output, GazetteerFormat.Version);
        WriteInt(output, manifestBytes.Length);
        output.Write(manifestBytes);
        output.Write(new byte[GazetteerFormat.Pad4(manifestBytes.Length)]);
        output.Write(SHA256.HashData(payloadBytes));
        output.Write(payloadBytes);
        return output.ToArray();
    }

    private static string FeatureCodeKey(GazetteerFeature f) => f.FeatureClass + "." + f.FeatureCode;

    private static int CompareFeatures(GazetteerFeature a, GazetteerFeature b)
    {
        int c = a.Kind.CompareTo(b.Kind);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.CountryCode, b.CountryCode);
        }

        if (c == 0)
        {
            c = a.GeonameId.CompareTo(b.GeonameId);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Name, b.Name);
        }

        if (c == 0)
        {
            c = a.Latitude.CompareTo(b.Latitude);
        }

        if (c == 0)
        {
            c = a.Longitude.CompareTo(b.Longitude);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Key, b.Key);
        }

        return c;
    }

    private static void WriteEntries(
        MemoryStream payload,
        GazetteerFeature[] features,
        Dictionary<string, int> countryIndex,
        Dictionary<string, int> codeIndex,
        Dictionary<string, int> keyIndex)
    {
        int n = features.Length;
        using var section = new MemoryStream();
        WriteInt(section, n);
        foreach (var f in features)
        {
            WriteInt(section, f.GeonameId);
        }

        foreach (var f in features)
        {
            WriteFloat(section, (float)f.Latitude);
        }

        foreach (var f in features)
        {
            WriteFloat(section, (float)f.Longitude);
        }

        foreach (var f in features)
        {
            WriteInt(section, (int)Math.Clamp(f.Population, 0, int.MaxValue));
        }

        foreach (var f in features)
        {
            int admin1 = -1;
            if (f.Admin1Key is { } key && keyIndex.TryGetValue(key, out int target) && features[target].Kind == PlaceKind.Admin1)
            {
                admin1 = target;
            }

            WriteInt(section, admin1);
        }

        foreach (var f in features)
        {
            WriteUShort(section, f.CountryCode.Length == 3 ? (ushort)countryIndex[f.CountryCode] : GazetteerFormat.NoCountry);
        }

        foreach (var f in features)
        {
            WriteUShort(section, (ushort)codeIndex[FeatureCodeKey(f)]);
        }

        foreach (var f in features)
        {
            section.WriteByte((byte)f.Kind);
        }

        foreach (var f in features)
        {
            section.WriteByte(f.Precision);
        }

        WriteSection(payload, GazetteerFormat.SectionEntries, section);
    }

    private static void WriteDisplayNames(MemoryStream payload, GazetteerFeature[] features)
    {
        var pool = new StringBuilder();
        using var section = new MemoryStream();
        WriteInt(section, features.Length);
        WriteInt(section, 0);
        foreach (var f in features)
        {
            pool.Append(f.Name);
            WriteInt(section, pool.Length);
        }

        WriteString(section, pool.ToString());
        WriteSection(payload, GazetteerFormat.SectionDisplayNames, section);
    }

    private static void WriteCountries(MemoryStream payload, string[] codes, int[] entries)
    {
        using var section = new MemoryStream();
        WriteInt(section, codes.Length);
        foreach (int entry in entries)
        {
            WriteInt(section, entry);
        }

        WriteString(section, string.Concat(codes));
        WriteSection(payload, GazetteerFormat.SectionCountries, section);
    }

    private static void WriteFeatureCodes(MemoryStream payload, string[] codes)
    {
        using var section = new MemoryStream();
        WriteInt(section, codes.Length);
        WriteString(section, string.Join('\n', codes));
        WriteSection(payload, GazetteerFormat.SectionFeatureCodes, section);
    }

    private void WriteNames(MemoryStream payload, GazetteerFeature[] features)
    {
        // key -> (entry -> strongest kind)
        var names = new Dictionary<string, Dictionary<int, NameKind>>(StringComparer.Ordinal);
        for (int i = 0; i < features.Length; i++)
        {
            foreach (var name in features[i].Names)
            {
                var key = PlaceNameNormalizer.Normalize(name.Text);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!names.TryGetValue(key, out var entries))
                {
                    entries = [];
                    names[key] = entries;
                }

                if (!entries.TryGetValue(i, out var existing) || Strength(name.Kind) > Strength(existing))
                {
                    entries[i] = name.Kind;
                }
            }
        }

        var keys = names.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var pool = new StringBuilder();
        using var keySection = new MemoryStream();
        using var postingSection = new MemoryStream();
        WriteInt(keySection, keys.Length);
        WriteInt(keySection, 0);
        WriteInt(postingSection, keys.Length);
        WriteInt(postingSection, 0);
        var postings = new List<int>();
        foreach (var key in keys)
        {
            pool.Append(key);
            WriteInt(keySection, pool.Length);
            var entries = names[key].Keys.ToArray();
            Array.Sort(entries);
            foreach (int entry in entries)
            {
                postings.Add(new NameCandidate(entry, names[key][entry]).Packed);
            }

            WriteInt(postingSection, postings.Count);
        }

        WriteString(keySection, pool.ToString());
        foreach (int p in postings)
        {
            WriteInt(postingSection, p);
        }

        LastBuildCounts = (keys.Length, postings.Count);
        WriteSection(payload, GazetteerFormat.SectionNameKeys, keySection);
        WriteSection(payload, GazetteerFormat.SectionPostings, postingSection);
    }

    // Primary beats abbreviation beats demonym beats alternate when one entry has a key twice.
    private static int Strength(NameKind kind) => kind switch
    {
        NameKind.Primary => 3,
        NameKind.Abbreviation => 2,
        NameKind.Demonym => 1,
        _ => 0,
    };

    private static void WriteExtents(MemoryStream payload, GazetteerFeature[] features)
    {
        var indices = new List<int>();
        for (int i = 0; i < features.Length; i++)
        {
            if (features[i].Extent is not null)
            {
                indices.Add(i);
            }
        }

        using var section = new MemoryStream();
        WriteInt(section, indices.Count);
        foreach (int i in indices)
        {
            WriteInt(section, i);
        }

        foreach (int i in indices)
        {
            var e = features[i].Extent!.Value;
            WriteFloat(section, e.MinLatitude);
            WriteFloat(section, e.MaxLatitude);
            WriteFloat(section, e.MinLongitude);
            WriteFloat(section, e.MaxLongitude);
        }

        WriteSection(payload, GazetteerFormat.SectionExtents, section);
    }

    private static void WriteSection(MemoryStream payload, int id, MemoryStream section)
    {
        Pad(section);
        WriteInt(payload, id);
        WriteInt(payload, (int)section.Length);
        section.Position = 0;
        section.CopyTo(payload);
    }

    private static void WriteString(MemoryStream stream, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteInt(stream, bytes.Length);
        stream.Write(bytes);
        Pad(stream);
    }

    private static void Pad(MemoryStream stream)
    {
        int pad = GazetteerFormat.Pad4((int)stream.Length);
        for (int i = 0; i < pad; i++)
        {
            stream.WriteByte(0);
        }
    }

    private static void WriteInt(Stream stream, int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        stream.Write(b);
    }

    private static void WriteFloat(Stream stream, float value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(b, value);
        stream.Write(b);
    }

    private static void WriteUShort(Stream stream, ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        stream.Write(b);
    }
}

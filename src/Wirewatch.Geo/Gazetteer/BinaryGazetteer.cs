using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Wirewatch.Core.Errors;

namespace Wirewatch.Geo.Gazetteer;

/// <summary>
/// The gazetteer read from its compiled file into flat arrays. Loading checks the magic, the format
/// version and the payload hash; lookups are binary searches over the sorted name keys with span
/// comparisons, so nothing is allocated per lookup.
/// </summary>
public sealed class BinaryGazetteer : IGazetteer
{
    private readonly int[] _geonameIds;
    private readonly float[] _latitudes;
    private readonly float[] _longitudes;
    private readonly int[] _populations;
    private readonly int[] _admin1;
    private readonly ushort[] _countries;
    private readonly ushort[] _featureCodes;
    private readonly byte[] _kinds;
    private readonly byte[] _precisions;
    private readonly int[] _nameStarts;
    private readonly string _names;
    private readonly string[] _countryCodes;
    private readonly int[] _countryEntries;
    private readonly char[] _featureClasses;
    private readonly string[] _featureCodeNames;
    private readonly int[] _keyStarts;
    private readonly string _keys;
    private readonly int[] _postingStarts;
    private readonly NameCandidate[] _postings;
    private readonly int[] _extentEntries;
    private readonly GeoExtent[] _extents;

    private BinaryGazetteer(ReadOnlySpan<byte> data, string source, bool verifyHash)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new ModelLoadException(source, "the gazetteer format needs a little-endian machine.");
        }

        var reader = new SpanReader(data, source);
        if (!reader.Bytes(GazetteerFormat.Magic.Length).SequenceEqual(GazetteerFormat.Magic))
        {
            throw new ModelLoadException(source, "not a Wirewatch gazetteer (bad magic).");
        }

        int version = reader.Int();
        if (version != GazetteerFormat.Version)
        {
            throw new ModelLoadException(source, $"gazetteer format {version} is not supported (this build reads {GazetteerFormat.Version}); recompile it with tools/Wirewatch.GazetteerCompiler.");
        }

        int manifestLength = reader.Int();
        ManifestJson = Encoding.UTF8.GetString(reader.Bytes(manifestLength));
        reader.Skip(GazetteerFormat.Pad4(manifestLength));
        var hash = reader.Bytes(GazetteerFormat.HashLength);
        if (verifyHash)
        {
            Span<byte> actual = stackalloc byte[GazetteerFormat.HashLength];
            SHA256.HashData(data[reader.Position..], actual);
            if (!actual.SequenceEqual(hash))
            {
                throw new ModelLoadException(source, "the payload hash does not match the header; the file is corrupt or truncated.");
            }
        }

        int[]? geonameIds = null, admin1 = null, populations = null, nameStarts = null, countryEntries = null;
        int[]? keyStarts = null, postingStarts = null, extentEntries = null;
        float[]? latitudes = null, longitudes = null;
        ushort[]? countries = null, featureCodes = null;
        byte[]? kinds = null, precisions = null;
        string? names = null, keys = null;
        string[]? countryCodes = null, featureCodeNames = null;
        char[]? featureClasses = null;
        NameCandidate[]? postings = null;
        GeoExtent[]? extentBoxes = null;
        while (reader.Remaining > 0)
        {
            int id = reader.Int();
            int length = reader.Int();
            var section = new SpanReader(reader.Bytes(length), source);
            switch (id)
            {
                case GazetteerFormat.SectionEntries:
                    int n = section.Int();
                    geonameIds = section.Ints(n);
                    latitudes = section.Floats(n);
                    longitudes = section.Floats(n);
                    populations = section.Ints(n);
                    admin1 = section.Ints(n);
                    countries = section.UShorts(n);
                    featureCodes = section.UShorts(n);
                    kinds = section.Bytes(n).ToArray();
                    precisions = section.Bytes(n).ToArray();
                    break;
                case GazetteerFormat.SectionDisplayNames:
                    nameStarts = section.Ints(section.Int() + 1);
                    names = section.String();
                    break;
                case GazetteerFormat.SectionCountries:
                    int countryCount = section.Int();
                    countryEntries = section.Ints(countryCount);
                    var codes = section.String();
                    countryCodes = new string[countryCount];
                    for (int i = 0; i < countryCount; i++)
                    {
                        countryCodes[i] = codes.Substring(i * 3, 3);
                    }

                    break;
                case GazetteerFormat.SectionFeatureCodes:
                    int count = section.Int();
                    var all = section.String().Split('\n');
                    if (all.Length != count)
                    {
                        throw new ModelLoadException(source, "the feature-code table is malformed.");
                    }

                    featureClasses = new char[count];
                    featureCodeNames = new string[count];
                    for (int i = 0; i < count; i++)
                    {
                        featureClasses[i] = all[i][0];
                        featureCodeNames[i] = all[i][2..];
                    }

                    break;
                case GazetteerFormat.SectionNameKeys:
                    keyStarts = section.Ints(section.Int() + 1);
                    keys = section.String();
                    break;
                case GazetteerFormat.SectionPostings:
                    postingStarts = section.Ints(section.Int() + 1);
                    postings = MemoryMarshal.Cast<int, NameCandidate>(section.Ints(postingStarts[^1])).ToArray();
                    break;
                case GazetteerFormat.SectionExtents:
                    int extentCount = section.Int();
                    extentEntries = section.Ints(extentCount);
                    var boxes = section.Floats(extentCount * 4);
                    extentBoxes = new GeoExtent[extentCount];
                    for (int i = 0; i < extentCount; i++)
                    {
                        extentBoxes[i] = new GeoExtent(boxes[i * 4], boxes[(i * 4) + 1], boxes[(i * 4) + 2], boxes[(i * 4) + 3]);
                    }

                    break;
                default:
                    break; // a later minor version may add sections; ignore what we do not know
            }
        }

        static T Required<T>(T? value, string source, string what)
            where T : class => value ?? throw new ModelLoadException(source, $"the {what} section is missing.");

        _geonameIds = Required(geonameIds, source, "entries");
        _latitudes = latitudes!;
        _longitudes = longitudes!;
        _populations = populations!;
        _admin1 = admin1!;
        _countries = countries!;
        _featureCodes = featureCodes!;
        _kinds = kinds!;
        _precisions = precisions!;
        _nameStarts = Required(nameStarts, source, "display-name");
        _names = names!;
        _countryEntries = Required(countryEntries, source, "country");
        _countryCodes = countryCodes!;
        _featureClasses = Required(featureClasses, source, "feature-code");
        _featureCodeNames = featureCodeNames!;
        _keyStarts = Required(keyStarts, source, "name-key");
        _keys = keys!;
        _postingStarts = Required(postingStarts, source, "posting");
        _postings = postings!;
        _extentEntries = Required(extentEntries, source, "extent");
        _extents = extentBoxes!;
        if (_keyStarts.Length != _postingStarts.Length || _nameStarts.Length != _geonameIds.Length + 1)
        {
            throw new ModelLoadException(source, "section sizes disagree.");
        }

        try
        {
            using var manifest = JsonDocument.Parse(ManifestJson);
            Name = manifest.RootElement.TryGetProperty("name", out var name) ? name.GetString() ?? "gazetteer" : "gazetteer";
            Version = manifest.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "0" : "0";
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException(source, "the embedded manifest is not valid JSON.", ex);
        }
    }

    public string ManifestJson { get; }

    /// <summary>The manifest's <c>name</c>.</summary>
    public string Name { get; }

    /// <summary>The manifest's <c>version</c>.</summary>
    public string Version { get; }

    public int Count => _geonameIds.Length;

    /// <summary>Number of distinct name keys.</summary>
    public int KeyCount => _keyStarts.Length - 1;

    public GazetteerEntry this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_geonameIds.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return new GazetteerEntry(this, index);
        }
    }

    /// <summary>
    /// Reads a compiled gazetteer file; throws <see cref="ModelLoadException"/> when it is missing or malformed.
    /// The structure is always checked (magic, version, section sizes); <paramref name="verifyHash"/> also
    /// checks the payload's SHA-256, which costs more than the rest of the load and is left to tests and tools.
    /// </summary>
    public static BinaryGazetteer Load(string path, bool verifyHash = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException(path, ex is FileNotFoundException or DirectoryNotFoundException
                ? "the gazetteer file is missing; it ships in data/gazetteer/ (or rebuild it with tools/Wirewatch.GazetteerCompiler)."
                : ex.Message, ex);
        }

        return new BinaryGazetteer(data, path, verifyHash);
    }

    /// <summary>Reads a compiled gazetteer from memory (tests, embedded copies).</summary>
    public static BinaryGazetteer Load(ReadOnlySpan<byte> data, string sourceName = "<memory>", bool verifyHash = true) => new(data, sourceName, verifyHash);

    public ReadOnlySpan<NameCandidate> Find(ReadOnlySpan<char> key)
    {
        int i = LowerBound(key);
        if (i < KeyCount && KeyAt(i).SequenceEqual(key))
        {
            return _postings.AsSpan(_postingStarts[i], _postingStarts[i + 1] - _postingStarts[i]);
        }

        return [];
    }

    public bool HasKeyWithPrefix(ReadOnlySpan<char> prefix)
    {
        int i = LowerBound(prefix);
        return i < KeyCount && KeyAt(i).StartsWith(prefix);
    }

    public int CountryEntry(ReadOnlySpan<char> alpha3)
    {
        int lo = 0, hi = _countryCodes.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = _countryCodes[mid].AsSpan().SequenceCompareTo(alpha3);
            if (c == 0)
            {
                return _countryEntries[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    public bool TryGetExtent(int index, out GeoExtent extent)
    {
        int i = Array.BinarySearch(_extentEntries, index);
        if (i >= 0)
        {
            extent = _extents[i];
            return true;
        }

        extent = default;
        return false;
    }

    internal int GeonameIdOf(int i) => _geonameIds[i];

    internal string NameOf(int i) => _names.Substring(_nameStarts[i], _nameStarts[i + 1] - _nameStarts[i]);

    internal double LatitudeOf(int i) => _latitudes[i];

    internal double LongitudeOf(int i) => _longitudes[i];

    internal long PopulationOf(int i) => _populations[i];

    internal PlaceKind KindOf(int i) => (PlaceKind)_kinds[i];

    internal int PrecisionOf(int i) => _precisions[i];

    internal int CountryIndexOf(int i) => _countries[i] == GazetteerFormat.NoCountry ? -1 : _countries[i];

    internal string CountryCodeAt(int countryIndex) => countryIndex < 0 ? string.Empty : _countryCodes[countryIndex];

    internal int Admin1Of(int i) => _admin1[i];

    internal char FeatureClassOf(int i) => _featureClasses[_featureCodes[i]];

    internal string FeatureCodeOf(int i) => _featureCodeNames[_featureCodes[i]];

    private ReadOnlySpan<char> KeyAt(int i) => _keys.AsSpan(_keyStarts[i], _keyStarts[i + 1] - _keyStarts[i]);

    private int LowerBound(ReadOnlySpan<char> key)
    {
        int lo = 0, hi = KeyCount;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (KeyAt(mid).SequenceCompareTo(key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Sequential little-endian reader over the file bytes.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data, string source)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private readonly string _source = source;

        public int Position { get; private set; }

        public readonly int Remaining => _data.Length - Position;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0 || count > Remaining)
            {
                throw new ModelLoadException(_source, "the file is truncated or malformed.");
            }

            var slice = _data.Slice(Position, count);
            Position += count;
            return slice;
        }

        public void Skip(int count) => Bytes(count);

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public int[] Ints(int count) => MemoryMarshal.Cast<byte, int>(Bytes(checked(count * 4))).ToArray();

        public float[] Floats(int count) => MemoryMarshal.Cast<byte, float>(Bytes(checked(count * 4))).ToArray();

        public ushort[] UShorts(int count) => MemoryMarshal.Cast<byte, ushort>(Bytes(checked(count * 2))).ToArray();

        public string String()
        {
            int length = Int();
            var s = Encoding.UTF8.GetString(Bytes(length));
            Skip(Math.Min(GazetteerFormat.Pad4(length), Remaining));
            return s;
        }
    }
}

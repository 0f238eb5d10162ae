using Wirewatch.Core.Errors;
using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.Geo.Tests.Gazetteer;

public class BinaryGazetteerTests
{
    [Fact]
    public void Round_trip_keeps_entries_names_and_links()
    {
        var g = TinyGazetteer.Load();
        var tripolis = g.Find("tripoli");
        Assert.Equal(4, tripolis.Length); // three towns and the Libyan division
        var libyan = Find(g, "tripoli", e => e.CountryCode == "LBY" && e.Kind == PlaceKind.Place);
        Assert.Equal(2210247, libyan.GeonameId);
        Assert.Equal("Tripoli", libyan.Name);
        Assert.Equal("PPLC", libyan.FeatureCode);
        Assert.Equal('P', libyan.FeatureClass);
        Assert.Equal(32.88743, libyan.Latitude, 4);
        Assert.Equal(13.18733, libyan.Longitude, 4);
        Assert.Equal(1_150_989, libyan.Population);
        Assert.Equal(1, libyan.Precision);
        Assert.Equal("Tripoli", libyan.Admin1Name);
        Assert.Equal(PlaceKind.Admin1, g[libyan.Admin1Entry].Kind);
    }

    [Fact]
    public void Names_keep_their_kind()
    {
        var g = TinyGazetteer.Load();
        var derna = g.Find("derna");
        Assert.Equal(2, derna.Length);
        Assert.Contains(derna.ToArray(), c => c.Kind == NameKind.Alternate && g[c.Entry].CountryCode == "LBY");
        Assert.Contains(derna.ToArray(), c => c.Kind == NameKind.Primary && g[c.Entry].CountryCode == "ROU");
        var libyan = Assert.Single(g.Find("libyan").ToArray());
        Assert.Equal(NameKind.Demonym, libyan.Kind);
        Assert.Equal(PlaceKind.Country, g[libyan.Entry].Kind);
    }

    [Fact]
    public void Lookup_misses_and_prefixes()
    {
        var g = TinyGazetteer.Load();
        Assert.True(g.Find("atlantis").IsEmpty);
        Assert.True(g.Find("").IsEmpty);
        Assert.True(g.HasKeyWithPrefix("united"));
        Assert.True(g.HasKeyWithPrefix("united states"));
        Assert.False(g.HasKeyWithPrefix("united kingdom"));
        Assert.False(g.HasKeyWithPrefix("zzz"));
    }

    [Fact]
    public void Countries_and_extents()
    {
        var g = TinyGazetteer.Load();
        int libya = g.CountryEntry("LBY");
        Assert.True(libya >= 0);
        Assert.Equal("Libya", g[libya].Name);
        Assert.Equal(PlaceKind.Country, g[libya].Kind);
        Assert.Equal(-1, g.CountryEntry("XXX"));
        Assert.True(g.TryGetExtent(libya, out var extent));
        Assert.Equal(25.2f, extent.MaxLongitude);
        Assert.False(g.TryGetExtent(g.Find("cairo")[0].Entry, out _));
    }

    [Fact]
    public void Output_is_deterministic_whatever_the_input_order()
    {
        var a = TinyGazetteer.Build().Build("{}");
        var b = TinyGazetteer.Build().Build("{}");
        Assert.Equal(a, b);

        var reversed = new GazetteerBuilder();
        var features = new List<GazetteerFeature>();
        // the same features in reverse order
        foreach (var f in Features())
        {
            features.Add(f);
        }

        features.Reverse();
        foreach (var f in features)
        {
            reversed.Add(f);
        }

        var forward = new GazetteerBuilder();
        foreach (var f in Features())
        {
            forward.Add(f);
        }

        Assert.Equal(forward.Build("{}"), reversed.Build("{}"));
    }

    [Fact]
    public void Manifest_is_embedded()
    {
        var g = TinyGazetteer.Load();
        Assert.Equal("tiny", g.Name);
        Assert.Equal("0", g.Version);
        Assert.Contains("\"tiny\"", g.ManifestJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_or_foreign_files_are_rejected()
    {
        var bytes = TinyGazetteer.Build().Build("{}");
        var flipped = (byte[])bytes.Clone();
        flipped[^10] ^= 0x5A;
        Assert.Throws<ModelLoadException>(() => BinaryGazetteer.Load(flipped, "flipped", verifyHash: true));

        var foreign = (byte[])bytes.Clone();
        foreign[0] = (byte)'X';
        Assert.Throws<ModelLoadException>(() => BinaryGazetteer.Load(foreign, "foreign"));

        Assert.Throws<ModelLoadException>(() => BinaryGazetteer.Load(bytes.AsSpan(0, bytes.Length / 2), "truncated", verifyHash: false));
        Assert.Throws<ModelLoadException>(() => BinaryGazetteer.Load(Path.Combine(Path.GetTempPath(), "no-such-gazetteer.bin")));
    }

    [Fact]
    public void Builder_rejects_bad_features()
    {
        var b = new GazetteerBuilder();
        Assert.Throws<GazetteerDataException>(() => b.Add(TinyGazetteer.Place(1, "Nowhere", "LBY", 95, 0, "PPL", 0, null)));
        b.Add(TinyGazetteer.Country("LBY", 1, "Libya", 25, 17, 0, null));
        b.Add(TinyGazetteer.Country("LBY", 2, "Libya again", 25, 17, 0, null));
        Assert.Throws<GazetteerDataException>(() => b.Build("{}")); // duplicate key LBY
    }

    private static IEnumerable<GazetteerFeature> Features()
    {
        yield return TinyGazetteer.Country("LBY", 2215636, "Libya", 25, 17, 6_000_000, null, "Libyan");
        yield return TinyGazetteer.Place(2210247, "Tripoli", "LBY", 32.88743, 13.18733, "PPLC", 1_150_989, null);
        yield return TinyGazetteer.Place(266826, "Tripoli", "LBN", 34.43352, 35.84415, "PPLA", 229_398, null);
        yield return TinyGazetteer.Place(360630, "Cairo", "EGY", 30.06263, 31.24967, "PPLC", 9_606_916, null);
    }

    private static GazetteerEntry Find(BinaryGazetteer g, string key, Func<GazetteerEntry, bool> where)
    {
        foreach (var c in g.Find(key))
        {
            if (where(g[c.Entry]))
            {
                return g[c.Entry];
            }
        }

        throw new InvalidOperationException($"no entry for {key}");
    }
}

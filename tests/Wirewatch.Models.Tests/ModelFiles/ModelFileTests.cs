using Wirewatch.Core.Errors;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Models.Tests.ModelFiles;

public class ModelFileTests
{
    private static ModelManifest Manifest() => new()
    {
        Name = "demo",
        Version = "demo.test.v1",
        Licence = "CC BY-SA 4.0",
        Seed = 5,
        Epochs = 2,
        TrainingData = [new DataFileReference("train", "ud-ewt/en_ewt-ud-train.conllu", "abc123")],
        Hyperparameters = new(StringComparer.Ordinal) { ["b"] = "2", ["a"] = "1" },
        Figures = new(StringComparer.Ordinal) { ["devUpos"] = 95.5 },
    };

    private static ModelFileWriter Writer()
    {
        var writer = new ModelFileWriter("demo", Manifest());
        writer.Add<int>("ints", [1, -2, 3]);
        writer.Add<ulong>("longs", [ulong.MaxValue, 7]);
        writer.AddStrings("words", ["Tripoli", "", "Ünal"]);
        return writer;
    }

    [Fact]
    public void Round_trip_is_byte_identical_and_reads_back_every_section()
    {
        var bytes = Writer().ToArray();
        var reader = ModelFileReader.FromBytes(bytes, "<test>", "demo");
        Assert.Equal([1, -2, 3], reader.Get<int>("ints"));
        Assert.Equal([ulong.MaxValue, 7UL], reader.Get<ulong>("longs"));
        Assert.Equal(["Tripoli", "", "Ünal"], reader.GetStrings("words"));
        Assert.Equal("demo.test.v1", reader.Manifest.Version);
        Assert.Equal(5, reader.Manifest.Seed);
        Assert.Equal(95.5, reader.Manifest.Figures["devUpos"]);
        Assert.Equal("abc123", reader.Manifest.TrainingData[0].Sha256);

        var again = new ModelFileWriter(reader.Kind, reader.Manifest);
        again.Add<int>("ints", reader.Get<int>("ints"));
        again.Add<ulong>("longs", reader.Get<ulong>("longs"));
        again.AddStrings("words", reader.GetStrings("words"));
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void Manifest_has_no_timestamp_and_sorted_keys()
    {
        var json = Manifest().ToJson();
        Assert.True(json.IndexOf("\"a\"", StringComparison.Ordinal) < json.IndexOf("\"b\"", StringComparison.Ordinal));
        Assert.DoesNotContain("date", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(json, ModelManifest.FromJson(json, "<test>").ToJson());
    }

    [Fact]
    public void Save_writes_the_file_and_a_manifest_with_its_size_and_hash()
    {
        var dir = Directory.CreateTempSubdirectory("wwm-");
        try
        {
            var path = Path.Combine(dir.FullName, "demo.wwm");
            var bytes = Writer().Save(path);
            Assert.Equal(bytes, File.ReadAllBytes(path));
            var sidecar = File.ReadAllText(Path.Combine(dir.FullName, "demo.manifest.json"));
            Assert.Contains($"\"fileSize\": {bytes.Length}", sidecar, StringComparison.Ordinal);
            Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), sidecar, StringComparison.Ordinal);
            Assert.Equal("demo", ModelFileReader.Open(path, "demo", "make it").Kind);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Damaged_truncated_missing_and_foreign_files_are_clear_errors()
    {
        var bytes = Writer().ToArray();
        var damaged = (byte[])bytes.Clone();
        damaged[damaged.Length / 2] ^= 0x40;
        Assert.Contains("checksum", Assert.Throws<ModelLoadException>(() => ModelFileReader.FromBytes(damaged, "x", "demo")).Message, StringComparison.Ordinal);
        Assert.Throws<ModelLoadException>(() => ModelFileReader.FromBytes(bytes[..^9], "x", "demo"));
        Assert.Contains("not a 'tagger' model", Assert.Throws<ModelLoadException>(() => ModelFileReader.FromBytes(bytes, "x", "tagger")).Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ModelLoadException>(() => ModelFileReader.Open("/nonexistent/tagger.wwm", "tagger", "./wirewatch train tagger"));
        Assert.Contains("./wirewatch train tagger", missing.Message, StringComparison.Ordinal);
        Assert.Equal("WW3001", missing.Code);
        Assert.Throws<ModelLoadException>(() => ModelFileReader.FromBytes(bytes, "x", "demo").Get<long>("ints"));
        Assert.Throws<ModelLoadException>(() => ModelFileReader.FromBytes(bytes, "x", "demo").Get<int>("absent"));
    }

    [Fact]
    public void Engine_range_is_checked()
    {
        var manifest = Manifest() with { EngineMinimum = "0.1.0", EngineBelow = "1.0.0" };
        manifest.CheckEngine(new Version(0, 5, 0), "x");
        Assert.Throws<ModelLoadException>(() => manifest.CheckEngine(new Version(1, 0, 0), "x"));
        Assert.Throws<ModelLoadException>(() => manifest.CheckEngine(new Version(0, 0, 9), "x"));
    }
}

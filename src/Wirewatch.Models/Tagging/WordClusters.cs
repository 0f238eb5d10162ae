using System.Collections.Frozen;
using Wirewatch.Core.Errors;
using Wirewatch.Models.Hashing;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Models.Tagging;

/// <summary>
/// Word → cluster ids at two granularities (coarse and fine), learned from unlabelled text by
/// <see cref="Learning.ExchangeClustering"/>; features for words that are rare in the labelled data. Words are
/// looked up in lower case; unknown words have no cluster.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The model file kind.</summary>
    public const string Kind = "clusters";

    /// <summary>The version of the cluster table format.</summary>
    public const string Version = "clusters.exchange.v1";

    /// <summary>The command that regenerates the file.</summary>
    public const string TrainCommand = "./wirewatch train clusters";

    private const int MaxWord = 64;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _coarseHashes;
    private readonly ulong[] _fineHashes;

    public WordClusters(IReadOnlyList<string> words, IReadOnlyList<int> coarse, IReadOnlyList<int> fine, ModelManifest? manifest = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(coarse);
        ArgumentNullException.ThrowIfNull(fine);
        if (words.Count != coarse.Count || words.Count != fine.Count)
        {
            throw new ArgumentException("Words and cluster ids differ in length.", nameof(fine));
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        int maxCoarse = 0, maxFine = 0;
        for (int i = 0; i < words.Count; i++)
        {
            map[words[i]] = i;
            maxCoarse = Math.Max(maxCoarse, coarse[i]);
            maxFine = Math.Max(maxFine, fine[i]);
        }

        Words = [.. words];
        Coarse = [.. coarse];
        Fine = [.. fine];
        Manifest = manifest;
        _lookup = map.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _coarseHashes = Hashes(coarse, maxCoarse, 900);
        _fineHashes = Hashes(fine, maxFine, 901);
    }

    /// <summary>One granularity only: the ids serve as both the coarse and the fine cluster.</summary>
    public WordClusters(IReadOnlyList<string> words, IReadOnlyList<int> clusters)
        : this(words, clusters, clusters)
    {
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The fine cluster ids (same as <see cref="Fine"/>).</summary>
    public IReadOnlyList<int> Clusters => Fine;

    public IReadOnlyList<int> Coarse { get; }

    public IReadOnlyList<int> Fine { get; }

    public ModelManifest? Manifest { get; }

    /// <summary>Loads a cluster file written by <c>wirewatch train clusters</c>.</summary>
    public static WordClusters Load(string path) => Read(ModelFileReader.Open(path, Kind, TrainCommand));

    /// <summary>Reads clusters stored by <see cref="Write"/> (in a cluster file or inside a model).</summary>
    public static WordClusters Read(ModelFileReader reader, string prefix = "clusters")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = reader.GetStrings(prefix + ".words");
        var coarse = reader.Get<int>(prefix + ".coarse");
        var fine = reader.Get<int>(prefix + ".fine");
        if (words.Length != coarse.Length || words.Length != fine.Length || Array.Exists(coarse, c => c < 0) || Array.Exists(fine, c => c < 0))
        {
            throw new ModelLoadException(reader.Path, "the cluster table is malformed.");
        }

        return new WordClusters(words, coarse, fine, reader.Manifest);
    }

    public void Write(ModelFileWriter writer, string prefix = "clusters")
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.AddStrings(prefix + ".words", Words);
        writer.Add<int>(prefix + ".coarse", [.. Coarse]);
        writer.Add<int>(prefix + ".fine", [.. Fine]);
    }

    /// <summary>Saves a stand-alone cluster file with its manifest.</summary>
    public byte[] Save(string path, ModelManifest manifest)
    {
        var writer = new ModelFileWriter(Kind, manifest);
        Write(writer);
        return writer.Save(path);
    }

    /// <summary>The hashed fine cluster of <paramref name="word"/> (lower-cased), or 0 when it has none.</summary>
    public ulong Lookup(ReadOnlySpan<char> word) => Lookup(word, out _, out ulong fine) ? fine : 0;

    /// <summary>The hashed coarse and fine clusters of <paramref name="word"/> (lower-cased); false, with zeros, when it has none.</summary>
    public bool Lookup(ReadOnlySpan<char> word, out ulong coarse, out ulong fine)
    {
        coarse = fine = 0;
        if (word.Length > MaxWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxWord];
        for (int i = 0; i < word.Length; i++)
        {
            lower[i] = FeatureHash.ToLower(word[i]);
        }

        if (!_lookup.TryGetValue(lower[..word.Length], out int index))
        {
            return false;
        }

        coarse = _coarseHashes[Coarse[index]];
        fine = _fineHashes[Fine[index]];
        return true;
    }

    private static ulong[] Hashes(IReadOnlyList<int> ids, int max, int template)
    {
        var hashes = new ulong[max + 1];
        ulong t = FeatureHash.Template(template);
        for (int c = 0; c <= max; c++)
        {
            hashes[c] = FeatureHash.Combine(t, FeatureHash.Int(c));
        }

        return hashes;
    }
}

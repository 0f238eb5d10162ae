using Wirewatch.Core.Errors;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Events.Relations;

/// <summary>
/// The learned part of the relations of quotes.v1: an averaged perceptron over pairs of entity mentions of one sentence
/// (<see cref="RelationCandidates"/>, <see cref="RelationFeatures"/>) that chooses none or a predicate with its
/// direction (<see cref="RelationClasses"/>), trained on re3d's train fold by <c>wirewatch train relations</c>. A pair
/// is kept when its best predicate scores more than none by over <see cref="Threshold"/>; with <see cref="VetoRules"/>, a
/// rule's relation between two mentions is dropped when the model keeps no predicate for them. Immutable and thread-safe.
/// </summary>
public sealed class RelationModel
{
    public const string Kind = "relations";
    public const string Version = "relations.pairs.perceptron.v1";
    public const string TrainCommand = "./wirewatch train relations";

    /// <summary>The file name inside <c>data/models</c>.</summary>
    public const string FileName = "relations.wwm";

    /// <summary>The most tokens between the two mentions of a scored pair.</summary>
    public const int MaxGap = RelationCandidates.MaxGap;

    private readonly LinearModel _weights;

    internal RelationModel(LinearModel weights, float threshold, bool vetoRules, ModelManifest manifest)
    {
        _weights = weights;
        Threshold = threshold;
        VetoRules = vetoRules;
        Manifest = manifest;
    }

    public ModelManifest Manifest { get; }

    /// <summary>How much the best predicate must outscore none for a pair to be kept.</summary>
    public float Threshold { get; }

    /// <summary>Whether a rule's relation between two candidate mentions needs the model's score above the threshold too.</summary>
    public bool VetoRules { get; }

    public long WeightBytes => _weights.SizeInBytes;

    /// <summary>The same weights with another threshold or manifest (for tuning and saving).</summary>
    public RelationModel With(float threshold, bool vetoRules, ModelManifest? manifest = null) => new(_weights, threshold, vetoRules, manifest ?? Manifest);

    /// <summary>Loads a model written by <c>wirewatch train relations</c>.</summary>
    /// <exception cref="ModelLoadException">The file is missing, damaged or of another version.</exception>
    public static RelationModel Load(string path)
    {
        var reader = ModelFileReader.Open(path, Kind, TrainCommand);
        if (!string.Equals(reader.Manifest.Version, Version, StringComparison.Ordinal))
        {
            throw new ModelLoadException(path, $"model version '{reader.Manifest.Version}' is not '{Version}'; run '{TrainCommand}'.");
        }

        var weights = LinearModel.Read(reader, "pairs");
        var settings = reader.Get<float>("decoding");
        if (settings.Length != 2 || weights.ClassCount != RelationClasses.Count)
        {
            throw new ModelLoadException(path, $"the decoding section or the class count is damaged; run '{TrainCommand}'.");
        }

        return new RelationModel(weights, settings[0], settings[1] > 0, reader.Manifest);
    }

    /// <summary>Saves the model and its manifest beside it; returns the file's bytes.</summary>
    public byte[] Save(string path)
    {
        var writer = new ModelFileWriter(Kind, Manifest);
        _weights.Write(writer, "pairs");
        writer.Add<float>("decoding", [Threshold, VetoRules ? 1f : 0f]);
        return writer.Save(path);
    }

    /// <summary>The best class other than none and by how much it outscores none.</summary>
    internal (int Class, float Margin) Best(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[RelationClasses.Count];
        _weights.Score(features, scores);
        return Best(scores);
    }

    /// <summary>The best class other than none in <paramref name="scores"/> and its margin over none.</summary>
    internal static (int Class, float Margin) Best(ReadOnlySpan<float> scores)
    {
        int best = 1;
        for (int c = 2; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return (best, scores[best] - scores[RelationClasses.None]);
    }
}

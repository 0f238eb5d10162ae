using Wirewatch.Core.Errors;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The learned part of quotes.v1: an averaged perceptron that scores (cue token, content candidate) pairs cut from the
/// parse (<see cref="AttributionCandidates"/>), trained on PolNeAR by <c>wirewatch train quotes</c>. For each possible
/// cue the best candidate is kept when it scores above <see cref="Threshold"/>. Immutable and thread-safe.
/// </summary>
public sealed class AttributionModel
{
    public const string Kind = "quotes";
    public const string Version = "quotes.attribution.perceptron.v1";
    public const string TrainCommand = "./wirewatch train quotes";

    /// <summary>The file name inside <c>data/models</c>.</summary>
    public const string FileName = "quotes.wwm";

    private readonly LinearModel _weights;

    internal AttributionModel(LinearModel weights, float threshold, ModelManifest manifest)
    {
        _weights = weights;
        Threshold = threshold;
        Manifest = manifest;
    }

    public ModelManifest Manifest { get; }

    /// <summary>The score a candidate must exceed to be kept.</summary>
    public float Threshold { get; }

    public long WeightBytes => _weights.SizeInBytes;

    /// <summary>The same weights with another threshold or manifest (for tuning and saving).</summary>
    public AttributionModel With(float threshold, ModelManifest? manifest = null) => new(_weights, threshold, manifest ?? Manifest);

    /// <summary>Loads a model written by <c>wirewatch train quotes</c>.</summary>
    /// <exception cref="ModelLoadException">The file is missing, damaged or of another version.</exception>
    public static AttributionModel Load(string path)
    {
        var reader = ModelFileReader.Open(path, Kind, TrainCommand);
        if (!string.Equals(reader.Manifest.Version, Version, StringComparison.Ordinal))
        {
            throw new ModelLoadException(path, $"model version '{reader.Manifest.Version}' is not '{Version}'; run '{TrainCommand}'.");
        }

        var weights = LinearModel.Read(reader, "attribution");
        var settings = reader.Get<float>("decoding");
        if (settings.Length != 1 || weights.ClassCount != 1)
        {
            throw new ModelLoadException(path, $"the decoding section is damaged; run '{TrainCommand}'.");
        }

        return new AttributionModel(weights, settings[0], reader.Manifest);
    }

    /// <summary>Saves the model and its manifest beside it; returns the file's bytes.</summary>
    public byte[] Save(string path)
    {
        var writer = new ModelFileWriter(Kind, Manifest);
        _weights.Write(writer, "attribution");
        writer.Add<float>("decoding", [Threshold]);
        return writer.Save(path);
    }

    /// <summary>The score of one candidate's features.</summary>
    internal float Score(ReadOnlySpan<ulong> features)
    {
        Span<float> score = stackalloc float[1];
        _weights.Score(features, score);
        return score[0];
    }
}

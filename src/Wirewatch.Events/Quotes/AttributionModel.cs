using Wirewatch.Core.Errors;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The learned part of quotes.v1: an averaged perceptron that scores (cue token, content candidate) pairs cut from the
/// parse (<see cref="AttributionCandidates"/>), trained on PolNeAR by <c>wirewatch train quotes</c>. For each possible
/// cue the best candidate is kept when it scores above <see cref="Threshold"/>. A second set of weights chooses each
/// attribution's source among the nominal tokens of the cue's sentence (<see cref="SourceFeatures"/>), or none when no
/// candidate scores above 0. Three token-level scorers (a content ends here, starts here, this token is a cue; see
/// <see cref="AttributionBoundaries"/>) feed their scores to the candidate features. Immutable and thread-safe.
/// </summary>
public sealed class AttributionModel
{
    public const string Kind = "quotes";
    public const string Version = "quotes.attribution.perceptron.v4";
    public const string TrainCommand = "./wirewatch train quotes";

    /// <summary>The file name inside <c>data/models</c>.</summary>
    public const string FileName = "quotes.wwm";

    private readonly LinearModel _weights;
    private readonly LinearModel _source;

    internal AttributionModel(LinearModel weights, LinearModel source, LinearModel end, LinearModel start, LinearModel cue, float threshold, ModelManifest manifest)
    {
        _weights = weights;
        _source = source;
        EndWeights = end;
        StartWeights = start;
        CueWeights = cue;
        Threshold = threshold;
        Manifest = manifest;
    }

    public ModelManifest Manifest { get; }

    /// <summary>The score a candidate must exceed to be kept.</summary>
    public float Threshold { get; }

    /// <summary>Whether the model chooses sources (a model without source weights keeps the rules' speakers).</summary>
    internal bool HasSource => _source.FeatureCount > 0;

    public long WeightBytes => _weights.SizeInBytes + _source.SizeInBytes + EndWeights.SizeInBytes + StartWeights.SizeInBytes + CueWeights.SizeInBytes;

    /// <summary>The token-level scorer of "a content ends here" (<see cref="AttributionBoundaries"/>).</summary>
    internal LinearModel EndWeights { get; }

    /// <summary>The token-level scorer of "a content starts here".</summary>
    internal LinearModel StartWeights { get; }

    /// <summary>The token-level scorer of "this token is a cue".</summary>
    internal LinearModel CueWeights { get; }

    /// <summary>The same weights with another threshold or manifest (for tuning and saving).</summary>
    public AttributionModel With(float threshold, ModelManifest? manifest = null) => new(_weights, _source, EndWeights, StartWeights, CueWeights, threshold, manifest ?? Manifest);

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
        var source = LinearModel.Read(reader, "source");
        var end = LinearModel.Read(reader, "boundaryEnd");
        var start = LinearModel.Read(reader, "boundaryStart");
        var cue = LinearModel.Read(reader, "cueScore");
        var settings = reader.Get<float>("decoding");
        if (settings.Length != 1 || weights.ClassCount != 1 || source.ClassCount != 1 || end.ClassCount != 1 || start.ClassCount != 1 || cue.ClassCount != 1)
        {
            throw new ModelLoadException(path, $"the decoding section is damaged; run '{TrainCommand}'.");
        }

        return new AttributionModel(weights, source, end, start, cue, settings[0], reader.Manifest);
    }

    /// <summary>Saves the model and its manifest beside it; returns the file's bytes.</summary>
    public byte[] Save(string path)
    {
        var writer = new ModelFileWriter(Kind, Manifest);
        _weights.Write(writer, "attribution");
        _source.Write(writer, "source");
        EndWeights.Write(writer, "boundaryEnd");
        StartWeights.Write(writer, "boundaryStart");
        CueWeights.Write(writer, "cueScore");
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

    /// <summary>The score of one source candidate's features (none scores 0).</summary>
    internal float ScoreSource(ReadOnlySpan<ulong> features)
    {
        Span<float> score = stackalloc float[1];
        _source.Score(features, score);
        return score[0];
    }
}

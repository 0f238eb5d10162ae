using Wirewatch.Core.Errors;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Models.Entities;

/// <summary>The recognizer's saved parameters: its weights, the names of the lexicon flags it was trained with, and a copy of the word clusters it used (so a retrained cluster file cannot change its features).</summary>
internal sealed class EntityModel(LinearModel weights, IReadOnlyList<string> flagNames, Tagging.WordClusters? clusters, ModelManifest manifest)
{
    public LinearModel Weights { get; } = weights;

    /// <summary>What each lexicon flag bit meant at training time; a caller must supply the same flags.</summary>
    public IReadOnlyList<string> FlagNames { get; } = flagNames;

    public ModelManifest Manifest { get; } = manifest;

    public Tagging.WordClusters? Clusters { get; } = clusters;

    public ModelFileWriter CreateWriter()
    {
        var writer = new ModelFileWriter(PerceptronEntityRecognizer.Kind, Manifest);
        writer.AddStrings("labels", BilouLabels.Names);
        writer.AddStrings("flags", FlagNames);
        Weights.Write(writer, "weights");
        Clusters?.Write(writer, "clusters");

        return writer;
    }

    public static EntityModel Read(ModelFileReader reader)
    {
        if (reader.Manifest.Version != PerceptronEntityRecognizer.Version)
        {
            throw new ModelLoadException(reader.Path, $"the model is '{reader.Manifest.Version}'; this recognizer reads '{PerceptronEntityRecognizer.Version}'.");
        }

        var labels = reader.GetStrings("labels");
        if (!labels.AsSpan().SequenceEqual([.. BilouLabels.Names]))
        {
            throw new ModelLoadException(reader.Path, "the label list differs from this engine's BILOU labels.");
        }

        var weights = LinearModel.Read(reader, "weights");
        if (weights.ClassCount != labels.Length)
        {
            throw new ModelLoadException(reader.Path, "the weight tables and the label list disagree.");
        }

        var clusters = reader.Has("clusters.words") ? Tagging.WordClusters.Read(reader, "clusters") : null;
        return new EntityModel(weights, reader.GetStrings("flags"), clusters, reader.Manifest);
    }
}

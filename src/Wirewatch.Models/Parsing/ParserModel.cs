using Wirewatch.Core.Errors;
using Wirewatch.Models.Hashing;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Tagging;

namespace Wirewatch.Models.Parsing;

/// <summary>The parser's saved parameters: its relation labels, the transition weights, the relation weights and word clusters.</summary>
internal sealed class ParserModel
{
    public ParserModel(LabelSet relations, LinearModel weights, LinearModel labelWeights, WordClusters? clusters, ModelManifest manifest)
    {
        Relations = relations;
        Clusters = clusters;
        Weights = weights;
        LabelWeights = labelWeights;
        Manifest = manifest;
        Transitions = new ArcHybridTransitions(relations);
    }

    public LabelSet Relations { get; }

    /// <summary>Weights over the three transitions.</summary>
    public LinearModel Weights { get; }

    /// <summary>Weights over the relations.</summary>
    public LinearModel LabelWeights { get; }

    public WordClusters? Clusters { get; }

    public ModelManifest Manifest { get; }

    public ArcHybridTransitions Transitions { get; }

    public ModelFileWriter CreateWriter()
    {
        var writer = new ModelFileWriter(ArcHybridParser.Kind, Manifest);
        writer.AddStrings("relations", Relations.Labels);
        Weights.Write(writer, "transitions");
        LabelWeights.Write(writer, "relations");
        Clusters?.Write(writer);
        return writer;
    }

    public static ParserModel Read(ModelFileReader reader)
    {
        if (reader.Manifest.Version != ArcHybridParser.Version)
        {
            throw new ModelLoadException(reader.Path, $"the model is '{reader.Manifest.Version}'; this parser reads '{ArcHybridParser.Version}'.");
        }

        var relations = new LabelSet(reader.GetStrings("relations"));
        if (relations.IdOf(ArcHybridTransitions.RootRelation) < 0)
        {
            throw new ModelLoadException(reader.Path, $"the relation list has no '{ArcHybridTransitions.RootRelation}'.");
        }

        var weights = LinearModel.Read(reader, "transitions");
        var labelWeights = LinearModel.Read(reader, "relations");
        if (weights.ClassCount != ArcHybridTransitions.ClassCount || labelWeights.ClassCount != relations.Count)
        {
            throw new ModelLoadException(reader.Path, "the weight tables and the relation list disagree.");
        }

        var clusters = reader.Has("clusters.words") ? WordClusters.Read(reader) : null;
        return new ParserModel(relations, weights, labelWeights, clusters, reader.Manifest);
    }
}

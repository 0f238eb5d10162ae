using Wirewatch.Core.Errors;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Models.Tagging;

/// <summary>The tagger's saved parameters: its lexicon and the weights of one or two passes.</summary>
internal sealed class TaggerModel(TaggerLexicon lexicon, LinearModel firstPass, LinearModel? secondPass, ModelManifest manifest)
{
    public TaggerLexicon Lexicon { get; } = lexicon;

    public LinearModel FirstPass { get; } = firstPass;

    public LinearModel? SecondPass { get; } = secondPass;

    public ModelManifest Manifest { get; } = manifest;

    public ModelFileWriter CreateWriter()
    {
        var writer = new ModelFileWriter(PerceptronTagger.Kind, Manifest);
        writer.AddStrings("labels", Lexicon.Labels.Labels);
        FirstPass.Write(writer, "pass1");
        SecondPass?.Write(writer, "pass2");
        writer.AddStrings("dictionary.words", Lexicon.DictionaryWords);
        writer.Add<int>("dictionary.labels", [.. Lexicon.DictionaryLabels]);
        Lexicon.Clusters?.Write(writer);
        if (Lexicon.AmbiguityWords.Count > 0)
        {
            writer.AddStrings("ambiguity.words", Lexicon.AmbiguityWords);
            writer.Add<int>("ambiguity.ids", [.. Lexicon.AmbiguityIds]);
            writer.AddStrings("ambiguity.classes", Lexicon.AmbiguityClasses);
        }

        return writer;
    }

    public static TaggerModel Read(ModelFileReader reader)
    {
        if (reader.Manifest.Version != PerceptronTagger.Version)
        {
            throw new ModelLoadException(reader.Path, $"the model is '{reader.Manifest.Version}'; this tagger reads '{PerceptronTagger.Version}'.");
        }

        var labels = new LabelSet(reader.GetStrings("labels"));
        var first = LinearModel.Read(reader, "pass1");
        var second = reader.Has("pass2.info") ? LinearModel.Read(reader, "pass2") : null;
        if (first.ClassCount != labels.Count || (second is not null && second.ClassCount != labels.Count))
        {
            throw new ModelLoadException(reader.Path, "the weight tables and the label list disagree.");
        }

        var words = reader.GetStrings("dictionary.words");
        var wordLabels = reader.Get<int>("dictionary.labels");
        if (words.Length != wordLabels.Length || Array.Exists(wordLabels, l => (uint)l >= (uint)labels.Count))
        {
            throw new ModelLoadException(reader.Path, "the tag dictionary is malformed.");
        }

        var clusters = reader.Has("clusters.words") ? WordClusters.Read(reader) : null;

        string[] ambiguityWords = [], ambiguityClasses = [];
        int[] ambiguityIds = [];
        if (reader.Has("ambiguity.words"))
        {
            ambiguityWords = reader.GetStrings("ambiguity.words");
            ambiguityIds = reader.Get<int>("ambiguity.ids");
            ambiguityClasses = reader.GetStrings("ambiguity.classes");
            if (ambiguityWords.Length != ambiguityIds.Length || Array.Exists(ambiguityIds, id => (uint)id >= (uint)ambiguityClasses.Length))
            {
                throw new ModelLoadException(reader.Path, "the ambiguity classes are malformed.");
            }
        }

        return new TaggerModel(new TaggerLexicon(labels, words, wordLabels, clusters, ambiguityWords, ambiguityIds, ambiguityClasses), first, second, reader.Manifest);
    }
}

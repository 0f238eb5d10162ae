using Wirewatch.Actors;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Models.Entities;

namespace Wirewatch.Entities;

/// <summary>Loads what the entities component needs from the shipped data folder: the recognizer model, the actor dictionaries and the gazetteer.</summary>
public static class EntityResources
{
    /// <summary>The model file under <c>data/models</c>.</summary>
    public const string ModelFile = "ner.wwm";

    /// <summary>The word cluster file under <c>data/models</c> (made by <c>wirewatch train clusters</c>).</summary>
    public const string ClustersFile = "clusters.wwm";

    /// <summary>Builds an extractor from <paramref name="dataDirectory"/> (usually <c>data/</c>); pass a gazetteer already loaded to share it.</summary>
    /// <exception cref="Core.Errors.ModelLoadException">A file is missing or malformed.</exception>
    /// <exception cref="ActorDataException">An actor file is malformed.</exception>
    public static EntityExtractor LoadExtractor(string dataDirectory, IGazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var recognizer = PerceptronEntityRecognizer.Load(Path.Combine(dataDirectory, "models", ModelFile));
        var actors = ActorDictionary.Load(Path.Combine(dataDirectory, "actors"));
        gazetteer ??= BinaryGazetteer.Load(Path.Combine(dataDirectory, "gazetteer", "gazetteer.bin"));
        return new EntityExtractor(recognizer, new EntityLexicon(actors, gazetteer, EntityWordLists.Default));
    }

    /// <summary>The word clusters under <c>data/models</c> (for training; a trained model keeps its own copy), or null when the file is absent.</summary>
    public static Models.Tagging.WordClusters? LoadClusters(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var path = Path.Combine(dataDirectory, "models", ClustersFile);
        return File.Exists(path) ? Models.Tagging.WordClusters.Load(path) : null;
    }

    /// <summary>The lexicon alone (for training, where there is no model yet).</summary>
    public static EntityLexicon LoadLexicon(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var actors = ActorDictionary.Load(Path.Combine(dataDirectory, "actors"));
        var gazetteer = BinaryGazetteer.Load(Path.Combine(dataDirectory, "gazetteer", "gazetteer.bin"));
        return new EntityLexicon(actors, gazetteer, EntityWordLists.Default);
    }
}

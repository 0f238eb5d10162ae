using Wirewatch.Core.Errors;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Models.Entities;

/// <summary>
/// Named-entity recognizer: a greedy averaged perceptron over hashed features that labels tokens with BILOU tags of
/// four coarse types (PER, ORG, LOC, MISC), document by document. Lexicon matches (actor dictionaries, gazetteer)
/// come in as per-token flag bits computed by the caller, so this library needs neither. Immutable and thread-safe;
/// recognition allocates per document, never per token.
/// </summary>
public sealed class PerceptronEntityRecognizer
{
    /// <summary>The versioned factory name, also the model version it reads.</summary>
    public const string Version = "ner.perceptron.v1";

    /// <summary>The model file kind.</summary>
    public const string Kind = "ner";

    /// <summary>The command that regenerates the model.</summary>
    public const string TrainCommand = "./wirewatch train ner";

    [ThreadStatic]
    private static EntityScratch? t_scratch;

    private readonly EntityModel _model;

    internal PerceptronEntityRecognizer(EntityModel model)
    {
        _model = model;
    }

    /// <summary>The word clusters the recognizer uses as features (a copy kept in its model file), or null.</summary>
    public Tagging.WordClusters? Clusters => _model.Clusters;

    public ModelManifest Manifest => _model.Manifest;

    /// <summary>The names of the flag bits the model expects, bit 0 first.</summary>
    public IReadOnlyList<string> FlagNames => _model.FlagNames;

    /// <summary>Bytes of weights held in memory.</summary>
    public long WeightBytes => _model.Weights.SizeInBytes;

    internal EntityModel Model => _model;

    /// <summary>Loads a model file written by <c>wirewatch train ner</c>.</summary>
    /// <exception cref="ModelLoadException">The file is missing, damaged or of another version.</exception>
    public static PerceptronEntityRecognizer Load(string path) =>
        new(EntityModel.Read(ModelFileReader.Open(path, Kind, TrainCommand)));

    /// <summary>Reads a model from the bytes of a model file.</summary>
    public static PerceptronEntityRecognizer FromBytes(byte[] bytes, string source = "<memory>") =>
        new(EntityModel.Read(ModelFileReader.FromBytes(bytes, source, Kind)));

    /// <summary>Saves the model (and its manifest beside it); returns the file's bytes.</summary>
    public byte[] Save(string path) => _model.CreateWriter().Save(path);

    /// <summary>The same recognizer with another manifest (e.g. with figures measured after training).</summary>
    public PerceptronEntityRecognizer WithManifest(ModelManifest manifest) => new(new EntityModel(_model.Weights, _model.FlagNames, _model.Clusters, manifest));

    /// <summary>Throws <see cref="ModelLoadException"/> unless the caller's flags are the ones the model was trained with.</summary>
    public void CheckFlags(IReadOnlyList<string> flagNames, string source)
    {
        ArgumentNullException.ThrowIfNull(flagNames);
        if (flagNames.Count != _model.FlagNames.Count || !flagNames.SequenceEqual(_model.FlagNames, StringComparer.Ordinal))
        {
            throw new ModelLoadException(source, $"the model was trained with lexicon flags [{string.Join(", ", _model.FlagNames)}] but the caller computes [{string.Join(", ", flagNames)}]; retrain with '{TrainCommand}'.");
        }
    }

    /// <summary>
    /// Labels every token of a document with a BILOU label id (see <see cref="BilouLabels"/>).
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="starts">Token start offsets.</param>
    /// <param name="ends">Token end offsets.</param>
    /// <param name="flags">Lexicon flag bits per token (empty: none).</param>
    /// <param name="boundaries">First token of each sentence, then the token count.</param>
    /// <param name="labels">Receives one label per token.</param>
    public void Label(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<uint> flags, ReadOnlySpan<int> boundaries, Span<int> labels)
    {
        Check(starts, ends, flags, boundaries, labels);
        EntityDecoder.Run(_model.Weights, _model.Clusters, text, starts, ends, flags, boundaries, labels, t_scratch ??= new EntityScratch());
    }

    /// <summary>
    /// Labels like the other overload and writes for every token how far its label's score was ahead of the best
    /// other allowed label's (a confidence, used to pick silver training sentences).
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="starts">Token start offsets.</param>
    /// <param name="ends">Token end offsets.</param>
    /// <param name="flags">Lexicon flag bits per token (empty: none).</param>
    /// <param name="boundaries">First token of each sentence, then the token count.</param>
    /// <param name="labels">Receives one label per token.</param>
    /// <param name="margins">Receives one margin per token.</param>
    public void Label(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<uint> flags, ReadOnlySpan<int> boundaries, Span<int> labels, Span<float> margins)
    {
        Check(starts, ends, flags, boundaries, labels);
        if (margins.Length < starts.Length)
        {
            throw new ArgumentException("Margins must have one entry per token.", nameof(margins));
        }

        EntityDecoder.Run(_model.Weights, _model.Clusters, text, starts, ends, flags, boundaries, labels, t_scratch ??= new EntityScratch(), margins: margins);
    }

    /// <summary>Recognises the names of a document and appends them to <paramref name="output"/> in text order.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="starts">Token start offsets.</param>
    /// <param name="ends">Token end offsets.</param>
    /// <param name="flags">Lexicon flag bits per token (empty: none).</param>
    /// <param name="boundaries">First token of each sentence, then the token count.</param>
    /// <param name="output">Receives the names, with document-wide token indices.</param>
    public void Recognize(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<uint> flags, ReadOnlySpan<int> boundaries, List<EntitySpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var labels = new int[starts.Length];
        Label(text, starts, ends, flags, boundaries, labels);
        for (int s = 0; s + 1 < boundaries.Length; s++)
        {
            BilouLabels.Decode(labels.AsSpan(boundaries[s], boundaries[s + 1] - boundaries[s]), boundaries[s], output);
        }
    }

    private static void Check(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<uint> flags, ReadOnlySpan<int> boundaries, Span<int> labels)
    {
        if (ends.Length != starts.Length || labels.Length < starts.Length || (!flags.IsEmpty && flags.Length != starts.Length))
        {
            throw new ArgumentException("Starts, ends, flags and labels must have one entry per token.", nameof(labels));
        }

        if (starts.Length > 0 && (boundaries.Length < 2 || boundaries[0] != 0 || boundaries[^1] != starts.Length))
        {
            throw new ArgumentException("Sentence boundaries must start at 0 and end at the token count.", nameof(boundaries));
        }
    }
}

using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Models.Hashing;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Tagging;

namespace Wirewatch.Models.Parsing;

/// <summary>
/// Labelled dependency parser with UD relations: greedy arc-hybrid transitions scored by an averaged perceptron,
/// trained with a dynamic oracle, and a second perceptron that labels each arc as it is made. Reads the words and their XPOS tags; builds one projective tree per sentence
/// with exactly one root. Immutable and thread-safe.
/// </summary>
public sealed class ArcHybridParser : IPipelineComponent
{
    /// <summary>The versioned factory name, also the model version it reads.</summary>
    public const string Version = "parser.archybrid.v1";

    /// <summary>The model file kind.</summary>
    public const string Kind = "parser";

    /// <summary>The command that regenerates the model.</summary>
    public const string TrainCommand = "./wirewatch train parser";

    private readonly ParserModel _model;

    internal ArcHybridParser(ParserModel model)
    {
        _model = model;
    }

    public string Name => Version;

    public IReadOnlyList<LayerKind> Requires { get; } = [LayerKind.Tokens, LayerKind.Sentences, LayerKind.Tags];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Dependencies];

    public ModelManifest Manifest => _model.Manifest;

    /// <summary>Bytes of weights held in memory.</summary>
    public long WeightBytes => _model.Weights.SizeInBytes + _model.LabelWeights.SizeInBytes;

    internal ParserModel Model => _model;

    /// <summary>Loads a model file written by <c>wirewatch train parser</c>.</summary>
    public static ArcHybridParser Load(string path) =>
        new(ParserModel.Read(ModelFileReader.Open(path, Kind, TrainCommand)));

    /// <summary>Reads a model from the bytes of a model file.</summary>
    public static ArcHybridParser FromBytes(byte[] bytes, string source = "<memory>") =>
        new(ParserModel.Read(ModelFileReader.FromBytes(bytes, source, Kind)));

    /// <summary>Saves the model (and its manifest beside it); returns the file's bytes.</summary>
    public byte[] Save(string path) => _model.CreateWriter().Save(path);

    /// <summary>The same parser with another manifest (e.g. with figures measured after training).</summary>
    public ArcHybridParser WithManifest(ModelManifest manifest) => new(new ParserModel(_model.Relations, _model.Weights, _model.LabelWeights, _model.Clusters, manifest));

    /// <summary>The bytes of the model file.</summary>
    public byte[] ToBytes() => _model.CreateWriter().ToArray();

    /// <summary>The relation (e.g. <c>nsubj:pass</c>) of a label id written by <c>Parse</c>.</summary>
    public string RelationOf(int label) => _model.Relations[label];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenLayer;
        var sentences = document.SentenceLayer;
        var tags = document.Get<TagLayer>(LayerKind.Tags);
        int total = tokens.Count;
        var heads = new int[total];
        var relations = new string[total];
        var labels = new int[total];
        var xpos = new string[total];
        var upos = new UniversalPos[total];
        for (int i = 0; i < total; i++)
        {
            xpos[i] = tags.Xpos(i);
            upos[i] = tags.Upos(i);
        }

        var scratch = new ParserScratch(_model.Relations.Count);
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentences.FirstToken(s);
            int end = sentences.EndToken(s);
            var sentenceHeads = heads.AsSpan(first, end - first);
            Parse(document.Text, tokens.Starts[first..end], tokens.Ends[first..end], upos.AsSpan(first, end - first), xpos.AsSpan(first, end - first), sentenceHeads, labels.AsSpan(first, end - first), scratch);
            for (int i = 0; i < sentenceHeads.Length; i++)
            {
                if (sentenceHeads[i] >= 0)
                {
                    sentenceHeads[i] += first;
                }
            }
        }

        for (int i = 0; i < total; i++)
        {
            relations[i] = _model.Relations[labels[i]];
        }

        return document.With(new DependencyLayer(heads, relations));
    }

    /// <summary>
    /// Parses one sentence given as offsets into <paramref name="text"/> with one UPOS and XPOS tag per word.
    /// Writes the 0-based head of each word (-1 for the root) and its relation id (see <see cref="RelationOf"/>).
    /// </summary>
    public void Parse(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<UniversalPos> upos, ReadOnlySpan<string> xpos, Span<int> heads, Span<int> labels) =>
        Parse(text, starts, ends, upos, xpos, heads, labels, new ParserScratch(_model.Relations.Count, starts.Length));

    internal void Parse(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<UniversalPos> upos, ReadOnlySpan<string> xpos, Span<int> heads, Span<int> labels, ParserScratch scratch)
    {
        int n = starts.Length;
        if (ends.Length != n || xpos.Length != n || upos.Length != n || heads.Length < n || labels.Length < n)
        {
            throw new ArgumentException("Starts, ends, tags, heads and labels must have one entry per word.", nameof(heads));
        }

        if (n == 0)
        {
            return;
        }

        scratch.EnsureCapacity(n);
        FillAtoms(text, starts, ends, upos, xpos, _model.Clusters, scratch);
        var state = ArcHybridDecoder.Parse(_model.Transitions, _model.Weights, _model.LabelWeights, scratch, n);
        for (int i = 0; i < n; i++)
        {
            int head = state.Heads[i];
            heads[i] = head == n ? -1 : head;
            labels[i] = state.Labels[i];
        }
    }

    /// <summary>Word atoms (lower-cased form), tag atoms (XPOS refined by UPOS, which tells AUX from VERB) and cluster atoms.</summary>
    internal static void FillAtoms(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<UniversalPos> upos, ReadOnlySpan<string> xpos, WordClusters? clusters, ParserScratch scratch)
    {
        int n = starts.Length;
        for (int i = 0; i < n; i++)
        {
            var word = text[starts[i]..ends[i]];
            scratch.Words[i] = FeatureHash.LowerChars(word);
            scratch.Suffixes[i] = FeatureHash.LowerChars(word[Math.Max(0, word.Length - 3)..]);
            scratch.Tags[i] = FeatureHash.Combine(FeatureHash.Chars(xpos[i]), (ulong)upos[i]);
            if (clusters is null || !clusters.Lookup(word, out scratch.CoarseClusters[i], out scratch.Clusters[i]))
            {
                scratch.Clusters[i] = scratch.CoarseClusters[i] = ParserFeatures.NoneAtom;
            }
        }

        scratch.Words[n] = ParserFeatures.RootAtom;
        scratch.Tags[n] = ParserFeatures.RootAtom;
        scratch.Clusters[n] = ParserFeatures.RootAtom;
        scratch.CoarseClusters[n] = ParserFeatures.RootAtom;
        scratch.Suffixes[n] = ParserFeatures.RootAtom;
    }
}

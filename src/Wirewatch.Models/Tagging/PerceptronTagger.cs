using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Training;

namespace Wirewatch.Models.Tagging;

/// <summary>
/// Part-of-speech tagger: a greedy averaged perceptron that predicts a UPOS|XPOS pair per token, in two passes
/// (the second sees the first pass's tags to the right). Immutable and thread-safe.
/// </summary>
public sealed class PerceptronTagger : IPipelineComponent
{
    /// <summary>The versioned factory name, also the model version it reads.</summary>
    public const string Version = "tagger.perceptron.v1";

    /// <summary>The model file kind.</summary>
    public const string Kind = "tagger";

    /// <summary>The command that regenerates the model.</summary>
    public const string TrainCommand = "./wirewatch train tagger";

    private readonly TaggerModel _model;
    private readonly int _acronymLabel;

    internal PerceptronTagger(TaggerModel model)
    {
        _model = model;
        _acronymLabel = model.Lexicon.Labels.IdOf(TaggerLexicon.Join("PROPN", "NNP"));
    }

    public string Name => Version;

    public IReadOnlyList<LayerKind> Requires { get; } = [LayerKind.Tokens, LayerKind.Sentences];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Tags];

    public ModelManifest Manifest => _model.Manifest;

    /// <summary>The number of labels (UPOS|XPOS pairs).</summary>
    public int LabelCount => _model.Lexicon.Labels.Count;

    /// <summary>Bytes of weights held in memory.</summary>
    public long WeightBytes => _model.FirstPass.SizeInBytes + (_model.SecondPass?.SizeInBytes ?? 0);

    internal TaggerModel Model => _model;

    /// <summary>The word clusters the tagger uses as features, or null.</summary>
    public WordClusters? Clusters => _model.Lexicon.Clusters;

    /// <summary>Loads a model file written by <c>wirewatch train tagger</c>.</summary>
    /// <exception cref="Core.Errors.ModelLoadException">The file is missing, damaged or of another version.</exception>
    public static PerceptronTagger Load(string path) =>
        new(TaggerModel.Read(ModelFileReader.Open(path, Kind, TrainCommand)));

    /// <summary>Reads a model from the bytes of a model file.</summary>
    public static PerceptronTagger FromBytes(byte[] bytes, string source = "<memory>") =>
        new(TaggerModel.Read(ModelFileReader.FromBytes(bytes, source, Kind)));

    /// <summary>Saves the model (and its manifest beside it); returns the file's bytes.</summary>
    public byte[] Save(string path) => _model.CreateWriter().Save(path);

    /// <summary>The same tagger with another manifest (e.g. with figures measured after training).</summary>
    public PerceptronTagger WithManifest(ModelManifest manifest) => new(new TaggerModel(_model.Lexicon, _model.FirstPass, _model.SecondPass, manifest));

    /// <summary>The bytes of the model file.</summary>
    public byte[] ToBytes() => _model.CreateWriter().ToArray();

    public UniversalPos UposOf(int label) => _model.Lexicon.Upos[label];

    public string XposOf(int label) => _model.Lexicon.Xpos[label];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenLayer;
        var sentences = document.SentenceLayer;
        int total = tokens.Count;
        var upos = new UniversalPos[total];
        var xpos = new string[total];
        var labels = new int[total];
        var scratch = new TaggerScratch(LabelCount);
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentences.FirstToken(s);
            int end = sentences.EndToken(s);
            Tag(document.Text, tokens.Starts[first..end], tokens.Ends[first..end], labels.AsSpan(first, end - first), scratch);
        }

        var lexicon = _model.Lexicon;
        for (int i = 0; i < total; i++)
        {
            upos[i] = lexicon.Upos[labels[i]];
            xpos[i] = lexicon.Xpos[labels[i]];
        }

        return document.With(new TagLayer(upos, xpos));
    }

    /// <summary>Tags one sentence given as offsets into <paramref name="text"/>; writes one label id per token.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> labels) =>
        Tag(text, starts, ends, labels, new TaggerScratch(LabelCount, starts.Length));

    /// <summary>Tags the words of a treebank sentence (for training and scoring).</summary>
    public SentenceTags Tag(AnnotatedSentence sentence) => Tag(sentence, acronymRule: true);

    /// <summary>
    /// Tags the words of a treebank sentence; with <paramref name="acronymRule"/> false, the model's tags alone, without
    /// the run-time correction of acronyms in running text (what the parser is trained and tuned on).
    /// </summary>
    public SentenceTags Tag(AnnotatedSentence sentence, bool acronymRule)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var labels = new int[sentence.Count];
        Tag(sentence.Text, sentence.Starts, sentence.Ends, labels, new TaggerScratch(LabelCount, sentence.Count), acronymRule);

        var upos = new UniversalPos[labels.Length];
        var xpos = new string[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            upos[i] = UposOf(labels[i]);
            xpos[i] = XposOf(labels[i]);
        }

        return new SentenceTags(upos, xpos);
    }

    internal void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> labels, TaggerScratch scratch, bool acronymRule = true)
    {
        if (ends.Length != starts.Length || labels.Length < starts.Length)
        {
            throw new ArgumentException("Starts, ends and labels must have one entry per token.", nameof(labels));
        }

        TaggerDecoder.Run(_model.Lexicon, _model.FirstPass, _model.SecondPass, text, starts, ends, labels, scratch);
        if (acronymRule)
        {
            MarkAcronyms(text, starts, ends, labels, _model.Lexicon.Upos, _acronymLabel);
        }
    }

    // In running lower-case text a short all-capitals word is an acronym ("IS militants", "an official IS outlet",
    // "the US"), not the function word it spells: EWT's shouted e-mails teach the model that "IS" is a verb.
    internal static void MarkAcronyms(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> labels, UniversalPos[] upos, int proper)
    {
        if (proper < 0)
        {
            return;
        }

        int lowerWords = 0, capsWords = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            var word = text[starts[i]..ends[i]];
            if (char.IsLower(word[0]))
            {
                lowerWords++;
            }
            else if (word.Length > 1 && char.IsUpper(word[0]) && !word.ContainsAnyInRange('a', 'z'))
            {
                capsWords++;
            }
        }

        // Headlines and shouted sentences are left to the model.
        if (capsWords == 0 || lowerWords < 3 || capsWords * 3 > lowerWords)
        {
            return;
        }

        for (int i = 0; i < starts.Length; i++)
        {
            var word = text[starts[i]..ends[i]];
            if (word.Length is < 2 or > 5 || !IsCapitals(word))
            {
                continue;
            }

            switch (upos[labels[i]])
            {
                case UniversalPos.AUX or UniversalPos.VERB or UniversalPos.ADP or UniversalPos.DET or UniversalPos.PRON
                    or UniversalPos.CCONJ or UniversalPos.SCONJ or UniversalPos.PART:
                    labels[i] = proper;
                    break;
            }
        }
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}

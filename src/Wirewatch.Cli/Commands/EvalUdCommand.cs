using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;
using Wirewatch.Core.Pipeline;
using Wirewatch.Eval.Conllu;
using Wirewatch.Eval.Ud;
using Wirewatch.Models;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch eval ud</c>: tags, lemmatises and parses the words of a CoNLL-U file (gold tokenisation) and
/// writes the same file with predictions; with <c>--gold</c> prints the CoNLL 2018 word metrics.
/// </summary>
internal sealed class EvalUdCommand : ICommand
{
    public string Name => "eval ud";

    public string Summary => "Tag, lemmatise and parse the words of a CoNLL-U file; with --gold, print UPOS/XPOS/LEMMA/UAS/LAS.";

    public string Help => """
        Usage: wirewatch eval ud --input F.conllu --out P.conllu [--gold F.conllu]

        Reads only ID, FORM and MISC of --input (the other columns may be "_"; they are never used),
        runs the tagger, lemmatizer and parser over its words, one sentence per CoNLL-U sentence,
        and writes every line back with predicted LEMMA, UPOS, XPOS, HEAD and DEPREL (FEATS and
        DEPS become "_"; comments and multiword-token range lines are copied through).

        With --gold, compares the predictions with the gold file (same words) using the CoNLL 2018
        shared-task definitions: UPOS, XPOS, LEMMA, UAS and LAS over words, LAS on the universal part
        of the relation. The last line of output is one line of JSON with the figures. Speed
        (tokens/s for tagging, lemmatising and parsing on one thread) goes to stderr.

        Options:
          --input F.conllu   the words to annotate
          --out P.conllu     where to write the predictions
          --gold F.conllu    the gold file to score against
          --help             show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var inputPath = args.Required("--input");
        var outPath = args.Required("--out");
        var goldPath = args.Value("--gold");
        var input = ConlluReader.ReadFile(inputPath);

        var loadClock = Stopwatch.StartNew();
        var models = ModelSet.Load(Path.Combine(DataDirectory.Resolve(), "models"));
        var loadTime = loadClock.Elapsed;

        var document = ToDocument(input);
        var pipeline = new PipelineBuilder().Add(new GivenWords(document)).Add(models.Tagger).Add(models.Lemmatizer).Add(models.Parser).Build();
        var clock = Stopwatch.StartNew();
        var annotated = pipeline.Process(new Document(document.Text), context.CancellationToken);
        var elapsed = clock.Elapsed;
        var speed = MeasureSpeed(models, document, context.CancellationToken);

        var predictions = Predictions(input, annotated);
        using (var writer = new StreamWriter(outPath, false, new UTF8Encoding(false)))
        {
            for (int s = 0; s < input.Count; s++)
            {
                ConlluPredictionWriter.Write(writer, input[s], predictions[s]);
            }
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"eval ud: {annotated.TokenCount} words in {input.Count} sentences; models loaded in {loadTime.TotalMilliseconds:F0} ms; first pass {elapsed.TotalSeconds:F2}s (with JIT)"));
        context.Error.WriteLine("eval ud: speed on one thread, second pass (tokens per CPU-second, wall tokens/s in brackets):" + speed);

        if (goldPath is null)
        {
            return CommandLineApp.ExitOk;
        }

        var gold = ConlluReader.ReadFile(goldPath);
        var scores = UdScorer.Score(gold, predictions, goldPath);
        context.Out.WriteLine(scores.ToTable());
        context.Out.WriteLine(scores.ToJson());
        return CommandLineApp.ExitOk;
    }

    /// <summary>
    /// Times each component over the document once more (warm), by the process's CPU time, which on a shared
    /// machine says more about one core's throughput than the wall clock; both are reported.
    /// </summary>
    private static string MeasureSpeed(ModelSet models, Document words, CancellationToken cancellationToken)
    {
        var timings = new StringBuilder();
        var doc = new GivenWords(words).Process(new Document(words.Text), cancellationToken);
        double totalCpu = 0, totalWall = 0;
        foreach (var component in models.Components)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var wall = Stopwatch.StartNew();
            doc = component.Process(doc, cancellationToken);
            double cpuSeconds = Math.Max(1e-6, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds);
            double wallSeconds = Math.Max(1e-6, wall.Elapsed.TotalSeconds);
            totalCpu += cpuSeconds;
            totalWall += wallSeconds;
            timings.Append(CultureInfo.InvariantCulture, $" {component.Name} {doc.TokenCount / cpuSeconds:F0} ({doc.TokenCount / wallSeconds:F0});");
        }

        timings.Append(CultureInfo.InvariantCulture, $" all {doc.TokenCount / totalCpu:F0} ({doc.TokenCount / totalWall:F0})");
        return timings.ToString();
    }

    /// <summary>The words joined by spaces, one sentence per line, with one token per word and one sentence per CoNLL-U sentence.</summary>
    private static Document ToDocument(IReadOnlyList<ConlluSentence> sentences)
    {
        var text = new StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var boundaries = new List<int> { 0 };
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                if (text.Length > 0)
                {
                    text.Append(starts.Count > boundaries[^1] ? ' ' : '\n');
                }

                starts.Add(text.Length);
                text.Append(word.Form.Length == 0 ? "_" : word.Form);
                ends.Add(text.Length);
            }

            boundaries.Add(starts.Count);
        }

        var content = text.ToString();
        return new Document(content)
            .With(new TokenLayer([.. starts], [.. ends], content.Length))
            .With(new SentenceLayer([.. boundaries], starts.Count));
    }

    private static List<IReadOnlyList<UdPrediction>> Predictions(IReadOnlyList<ConlluSentence> sentences, Document document)
    {
        var tags = document.Get<TagLayer>(LayerKind.Tags);
        var lemmas = document.Get<LemmaLayer>(LayerKind.Lemmas);
        var deps = document.Get<DependencyLayer>(LayerKind.Dependencies);
        var result = new List<IReadOnlyList<UdPrediction>>(sentences.Count);
        int token = 0;
        foreach (var sentence in sentences)
        {
            int first = token;
            var words = new UdPrediction[sentence.Words.Count];
            for (int i = 0; i < words.Length; i++, token++)
            {
                int head = deps.Head(token);
                words[i] = new UdPrediction(
                    lemmas.Lemma(token),
                    tags.Upos(token) == UniversalPos.None ? "_" : tags.Upos(token).ToString(),
                    tags.Xpos(token),
                    head < 0 ? 0 : head - first + 1,
                    deps.Relation(token));
            }

            result.Add(words);
        }

        return result;
    }

    /// <summary>Supplies the gold words and sentences of the input as the Tokens and Sentences layers.</summary>
    private sealed class GivenWords(Document source) : IPipelineComponent
    {
        public string Name => "input.conllu.words";

        public IReadOnlyList<LayerKind> Requires { get; } = [];

        public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Tokens, LayerKind.Sentences];

        public Document Process(Document document, CancellationToken cancellationToken) =>
            document.With(source.TokenLayer).With(source.SentenceLayer);
    }
}

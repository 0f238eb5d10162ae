using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wirewatch.Core.IO;
using Wirewatch.Entities;
using Wirewatch.Eval.Ner;
using Wirewatch.Models.Entities;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch eval ner</c>: recognises names in the tokens of a CoNLL-2003 style or UNER <c>.iob2</c> file and
/// writes every line back with one more column, the predicted IOB2 tag in CoNLL types; with <c>--gold</c> prints
/// conlleval's figures.
/// </summary>
internal sealed class EvalNerCommand : ICommand
{
    public string Name => "eval ner";

    public string Summary => "Recognise names in a CoNLL-2003 or UNER .iob2 file; with --gold, print conlleval's entity F1.";

    public string Help => """
        Usage: wirewatch eval ner --input F --out P [--gold F]

        Reads CoNLL-2003 style (token ... TAG, -DOCSTART- lines between documents) or UNER .iob2
        (idx token TAG - -, '#' comments, '# newdoc' between documents). Only the tokens and the
        sentence and document breaks are read; answer columns are never used. Each document is
        annotated as one article (words joined by spaces, one sentence per line) by the entities
        component, and every input line is written to P with one more column: the predicted IOB2
        tag in CoNLL types (PER, ORG, LOC, MISC; GPE, LOC, FAC -> LOC; NORP, EVENT, other names ->
        MISC; dates and numbers -> O).

        With --gold (the same file, or a copy with the answers), prints conlleval's report (entity
        precision, recall and F1 overall, per type, and over PER+ORG+LOC) and the recognizer's speed;
        the last line of output is one line of JSON with the figures.

        Options:
          --input F   the tokens to tag
          --out P     where to write the predictions
          --gold F    the file with the answers (last column, or the third column of .iob2)
          --help      show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = NerCorpusReader.ReadFile(args.Required("--input"));
        var outPath = args.Required("--out");
        var goldPath = args.Value("--gold");

        var loadClock = Stopwatch.StartNew();
        var extractor = EntityResources.LoadExtractor(DataDirectory.Resolve());
        var loadTime = loadClock.Elapsed;

        var documents = new List<NerEvalDocument>(input.Documents.Count);
        foreach (var doc in input.Documents)
        {
            documents.Add(NerEvalDocument.From(doc));
        }

        var predicted = new List<string>(input.TokenCount);
        var clock = Stopwatch.StartNew();
        foreach (var doc in documents)
        {
            var result = extractor.Extract(doc.Text, doc.Starts, doc.Ends, doc.Boundaries, null);
            predicted.AddRange(doc.Tags(result.Mentions));
        }

        var elapsed = clock.Elapsed;
        using (var writer = new StreamWriter(outPath, false, new UTF8Encoding(false)))
        {
            NerPredictionWriter.Write(input, predicted, writer);
        }

        var speed = MeasureSpeed(extractor, documents);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"eval ner: {input.TokenCount} tokens in {input.SentenceCount} sentences, {input.Documents.Count} documents; loaded in {loadTime.TotalMilliseconds:F0} ms; first pass {elapsed.TotalSeconds:F2}s (with JIT)"));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"eval ner: one thread: recognizer {speed.Recognizer:F0} tokens/s (flags given), recognizer with lexicon flags {speed.WithFlags:F0} tokens/s, whole entities component {speed.Component:F0} tokens/s"));

        if (goldPath is null)
        {
            return CommandLineApp.ExitOk;
        }

        var gold = NerCorpusReader.ReadFile(goldPath);
        var goldTokens = gold.Documents.SelectMany(d => d.Sentences).ToList();
        if (gold.TokenCount != input.TokenCount)
        {
            throw new UsageException($"The gold file has {gold.TokenCount} tokens and the input {input.TokenCount}; they must be the same text.");
        }

        var scorer = new ConllevalScorer();
        int k = 0;
        foreach (var sentence in goldTokens)
        {
            foreach (var token in sentence.Tokens)
            {
                scorer.Add(token.Gold, predicted[k++]);
            }

            scorer.EndSentence();
        }

        var scores = scorer.Result();
        context.Out.WriteLine(scores.ToTable());
        var extra = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["recognizerTokensPerSecond"] = Math.Round(speed.Recognizer),
            ["recognizerWithFlagsTokensPerSecond"] = Math.Round(speed.WithFlags),
            ["componentTokensPerSecond"] = Math.Round(speed.Component),
        };
        context.Out.WriteLine(scores.ToJson(extra));
        return CommandLineApp.ExitOk;
    }

    // Tokens per second on one thread, after a warm-up: the recognizer alone (flags computed beforehand), the
    // recognizer with its lexicon flags, and the whole component (rules, resolution, coreference too).
    private static (double Recognizer, double WithFlags, double Component) MeasureSpeed(EntityExtractor extractor, List<NerEvalDocument> documents)
    {
        long tokens = documents.Sum(d => (long)d.Starts.Length);
        if (tokens == 0)
        {
            return (0, 0, 0);
        }

        var flags = new List<uint[]>(documents.Count);
        var matches = new List<Wirewatch.Actors.ActorMatch>();
        var labels = new int[documents.Max(d => d.Starts.Length)];
        foreach (var doc in documents)
        {
            var f = new uint[doc.Starts.Length];
            extractor.Lexicon.Compute(doc.Text, doc.Starts, doc.Ends, doc.Boundaries, f, matches);
            flags.Add(f);
        }

        // The pass above warmed the lexicon up (JIT, lazy tables); this one is timed.
        var flagClock = Stopwatch.StartNew();
        for (int d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            extractor.Lexicon.Compute(doc.Text, doc.Starts, doc.Ends, doc.Boundaries, flags[d], matches);
        }

        double flagSeconds = flagClock.Elapsed.TotalSeconds;
        var recognizer = extractor.Recognizer;
        int repeats = (int)Math.Clamp(400_000 / tokens, 1, 20);
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
        {
            for (int d = 0; d < documents.Count; d++)
            {
                var doc = documents[d];
                recognizer.Label(doc.Text, doc.Starts, doc.Ends, flags[d], doc.Boundaries, labels);
            }
        }

        double recognizerSeconds = clock.Elapsed.TotalSeconds / repeats;
        clock.Restart();
        foreach (var doc in documents)
        {
            extractor.Extract(doc.Text, doc.Starts, doc.Ends, doc.Boundaries, null);
        }

        double componentSeconds = clock.Elapsed.TotalSeconds;
        return (tokens / recognizerSeconds, tokens / (recognizerSeconds + flagSeconds), tokens / componentSeconds);
    }

    /// <summary>One input document laid out as an article: words joined by spaces, one sentence per line.</summary>
    private sealed class NerEvalDocument
    {
        private NerEvalDocument(string text, int[] starts, int[] ends, int[] boundaries)
        {
            Text = text;
            Starts = starts;
            Ends = ends;
            Boundaries = boundaries;
        }

        public string Text { get; }

        public int[] Starts { get; }

        public int[] Ends { get; }

        public int[] Boundaries { get; }

        public static NerEvalDocument From(NerDocument doc)
        {
            var sb = new StringBuilder();
            int n = doc.TokenCount;
            var starts = new int[n];
            var ends = new int[n];
            var boundaries = new int[doc.Sentences.Count + 1];
            int t = 0;
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                boundaries[s] = t;
                if (s > 0)
                {
                    sb.Append('\n');
                }

                var tokens = doc.Sentences[s].Tokens;
                for (int i = 0; i < tokens.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    starts[t] = sb.Length;
                    sb.Append(tokens[i].Text.Length == 0 ? "_" : tokens[i].Text);
                    ends[t] = sb.Length;
                    t++;
                }
            }

            boundaries[^1] = n;
            return new NerEvalDocument(sb.ToString(), starts, ends, boundaries);
        }

        /// <summary>IOB2 tags in CoNLL types for every token, from the extracted mentions.</summary>
        public string[] Tags(IReadOnlyList<EntityMention> mentions)
        {
            var tags = new string[Starts.Length];
            Array.Fill(tags, "O");
            foreach (var m in mentions)
            {
                if (EntityLabels.ConllType(m.Label) is not { } type)
                {
                    continue;
                }

                tags[m.FirstToken] = "B-" + type;
                for (int i = m.FirstToken + 1; i < m.EndToken; i++)
                {
                    tags[i] = "I-" + type;
                }
            }

            return tags;
        }
    }
}

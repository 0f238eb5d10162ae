using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;
using Wirewatch.Core.Pipeline;
using Wirewatch.Eval.Attribution;
using Wirewatch.Events.Quotes;
using Wirewatch.Text;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval quotes</c>: finds attributions in PolNeAR texts and writes brat <c>.ann</c> files.</summary>
internal sealed class EvalQuotesCommand : ICommand
{
    public string Name => "eval quotes";

    public string Summary => "Find attributions (quotes, reported speech) in PolNeAR texts; with --gold, content F1 and content-with-source F1.";

    public string Help => """
        Usage: wirewatch eval quotes --input DIR --out DIR2 [--gold DIR] [--model PATH | --rules-only]

        Reads DIR/text/*.txt (the PolNeAR layout; nothing else under DIR is read), runs the pipeline up to
        quotes.v1 and writes one brat file DIR2/NAME.ann per text: for each quote a Source, a Cue and a
        Content T line and an Attribution T line over the cue, tied by an E line
        (Attribution:Tn Source:Tn Cue:Tn Content:Tn; Attribution-no-source when no speaker was found).
        The two parts of a split quotation ("X," he said. "Y.") are one attribution with a discontinuous
        content span. Direct quotes include their quotation marks, as PolNeAR's do.

        Options:
          --input DIR    folder with text/*.txt
          --out DIR2     folder for the predicted .ann files (created)
          --gold DIR     PolNeAR folder with attributions/NAME_ANNOTATOR.ann (or the .ann files directly;
                         with several annotators the first file in name order is used): prints
                         content-span F1 (one to one, overlap at least half of the longer span) and the
                         same with the source spans also overlapping; the last line is JSON
          --model PATH   the attribution model (default: data/models/quotes.wwm when present)
          --rules-only   no attribution model: the rules alone
          --help         show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold", "--model"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--rules-only"];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        var output = args.Required("--out");
        var goldPath = args.Value("--gold");
        var textFolder = Path.Combine(input, "text");
        if (!Directory.Exists(textFolder))
        {
            throw new UsageException($"'{textFolder}' does not exist; --input must be a PolNeAR folder with text/*.txt.");
        }

        var files = Directory.GetFiles(textFolder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        Directory.CreateDirectory(output);
        var watch = Stopwatch.StartNew();
        var modelPath = args.Value("--model");
        if (modelPath is not null && args.Flag("--rules-only"))
        {
            throw new UsageException("--model and --rules-only exclude each other.");
        }

        var data = DataDirectory.Resolve();
        var quotesComponent = modelPath is not null ? QuoteComponent.Load(data, AttributionModel.Load(modelPath))
            : QuoteComponent.Load(data, useModel: !args.Flag("--rules-only"));
        var pipeline = BuildPipeline(quotesComponent);
        var loaded = watch.Elapsed;
        var predictions = new Dictionary<string, (IReadOnlyList<BratAttribution> Attributions, string Text)>(StringComparer.Ordinal);
        int quotes = 0;
        foreach (var file in files)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var document = pipeline.Process(new Document(text), context.CancellationToken);
            var attributions = ToAttributions(document.Get<QuoteLayer>(LayerKind.Quotes).Quotes, text);
            quotes += attributions.Count;
            File.WriteAllText(Path.Combine(output, name + ".ann"), BratAttributionWriter.Format(attributions, text));
            predictions[name] = (attributions, text);
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Length} texts, {quotes} attributions; pipeline loaded in {loaded.TotalSeconds:0.0} s, total {watch.Elapsed.TotalSeconds:0.0} s"));
        if (goldPath is null)
        {
            return CommandLineApp.ExitOk;
        }

        var goldFolder = Directory.Exists(Path.Combine(goldPath, "attributions")) ? Path.Combine(goldPath, "attributions") : goldPath;
        var total = new AttributionScore(0, 0, 0, 0);
        int scored = 0;
        foreach (var (name, prediction) in predictions)
        {
            var goldFile = GoldFile(goldFolder, name);
            if (goldFile is null)
            {
                context.Error.WriteLine($"warning: no gold file for {name} in {goldFolder}; left out of the scores");
                continue;
            }

            total = total.Add(AttributionMetric.Score(BratAttributionReader.Read(goldFile), prediction.Attributions));
            scored++;
        }

        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {scored}, gold attributions: {total.Gold}, predicted: {total.Predicted}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"content:             P {100 * total.ContentPrecision:0.00}  R {100 * total.ContentRecall:0.00}  F1 {100 * total.ContentF1:0.00}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"content with source: P {100 * total.SourcePrecision:0.00}  R {100 * total.SourceRecall:0.00}  F1 {100 * total.SourceF1:0.00}"));
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("task", "quotes");
            w.WriteString("system", quotesComponent.Quotes.Model is null ? QuoteComponent.Version + " rules" : QuoteComponent.Version + " " + AttributionModel.Version);
            w.WriteNumber("documents", scored);
            w.WriteNumber("gold", total.Gold);
            w.WriteNumber("predicted", total.Predicted);
            w.WriteNumber("contentPrecision", Math.Round(100 * total.ContentPrecision, 2));
            w.WriteNumber("contentRecall", Math.Round(100 * total.ContentRecall, 2));
            w.WriteNumber("contentF1", Math.Round(100 * total.ContentF1, 2));
            w.WriteNumber("sourcePrecision", Math.Round(100 * total.SourcePrecision, 2));
            w.WriteNumber("sourceRecall", Math.Round(100 * total.SourceRecall, 2));
            w.WriteNumber("sourceF1", Math.Round(100 * total.SourceF1, 2));
            w.WriteEndObject();
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return CommandLineApp.ExitOk;
    }

    // PolNeAR names its files NAME_ANNOTATOR.ann; a text annotated by several annotators is scored against the first.
    internal static string? GoldFile(string folder, string name)
    {
        var exact = Path.Combine(folder, name + ".ann");
        if (File.Exists(exact))
        {
            return exact;
        }

        var candidates = Directory.GetFiles(folder, name + "_*.ann");
        Array.Sort(candidates, StringComparer.Ordinal);
        return candidates.Length > 0 ? candidates[0] : null;
    }

    /// <summary>The parsing components, then <paramref name="quotes"/> when given.</summary>
    internal static Pipeline BuildPipeline(QuoteComponent? quotes)
    {
        var builder = new PipelineBuilder();
        foreach (var component in ParsingComponents())
        {
            builder.Add(component);
        }

        if (quotes is not null)
        {
            builder.Add(quotes);
        }

        return builder.Build();
    }

    /// <summary>Only what attribution needs: no places, no events (the gazetteer and the event coder are not loaded).</summary>
    internal static List<IPipelineComponent> ParsingComponents()
    {
        var data = DataDirectory.Resolve();
        var models = Wirewatch.Models.ModelSet.Load(Path.Combine(data, "models"));
        return
        [
            new NewsTokenizer(),
            new SentenceSplitter(),
            models.Tagger,
            models.Lemmatizer,
            models.Parser,
            new Wirewatch.Entities.EntityComponent(Wirewatch.Entities.EntityResources.LoadExtractor(data)),
        ];
    }

    /// <summary>PolNeAR's view of the quotes: split quotations joined, direct content with its quotation marks.</summary>
    internal static List<BratAttribution> ToAttributions(IReadOnlyList<Quote> quotes, string text)
    {
        var result = new List<BratAttribution>(quotes.Count);
        foreach (var q in quotes)
        {
            var content = q.Direct ? WithMarks(text, q.Content) : q.Content;
            var source = q.Speaker is null ? null : AttributionSpan.Of(q.Speaker.Start, q.Speaker.End);
            var cue = q.Cue is { } c ? AttributionSpan.Of(c.Start, c.End) : null;
            // A later part joins the earlier attribution with the same cue, whatever was found in between
            // ('"X," she said, emphasizing Y. "Z."': the cue "emphasizing" comes between the two parts).
            int joined = -1;
            for (int i = result.Count - 1; q.Continuation && cue is not null && i >= 0 && joined < 0; i--)
            {
                if (result[i].Cue is { } previousCue && previousCue.Parts[0] == cue.Parts[0])
                {
                    joined = i;
                }
            }

            if (joined >= 0)
            {
                var previous = result[joined];
                result[joined] = previous with { Content = new AttributionSpan([.. previous.Content.Parts, content]) };
                continue;
            }

            result.Add(new BratAttribution(source, cue, new AttributionSpan([content])));
        }

        return result;
    }

    // The quotation marks around a direct quote's words ("…", “…”, ''…''), which PolNeAR's content spans include.
    private static TextSpan WithMarks(string text, TextSpan words)
    {
        int start = words.Start, end = words.End;
        for (int i = 0; i < 2 && start > 0 && IsMark(text[start - 1]); i++)
        {
            start--;
        }

        for (int i = 0; i < 2 && end < text.Length && IsMark(text[end]); i++)
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    private static bool IsMark(char c) => c is '"' or '\'' or '`' or '\u201C' or '\u201D';
}

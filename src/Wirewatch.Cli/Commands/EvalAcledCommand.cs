using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;
using Wirewatch.Core.Pipeline;
using Wirewatch.Core.Serialization;
using Wirewatch.Eval.Acled;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval acled</c>: labels news snippets with CASE 2021 / ACLED sub-event labels; with --gold, micro and macro F1.</summary>
internal sealed class EvalAcledCommand : ICommand
{
    public string Name => "eval acled";

    public string Summary => "Label news snippets with ACLED sub-event labels (CASE 2021 set); with --gold, micro and macro F1.";

    public string Help => """
        Usage: wirewatch eval acled --input F.tsv --out P.tsv [--gold F.tsv] [--keywords-only]

        Reads 'id<TAB>snippet' lines (a first line starting with 'id' is a header; further columns
        are ignored). Each snippet goes through the default pipeline; when it has an events layer,
        the ACLED sub-event of the most confident event gives the label, unless that label is a
        generic one (ATTACK, ARMED_CLASH, MOB_VIOL, PROPERTY_DISTRUCT, PEACE_PROTEST, ARREST, OTHER)
        and the keyword rules of data/events/acled-keywords.tsv give a more specific one (a weapon,
        force or intervention at a protest, a disaster, crime or claim). With no event label the
        keyword rules decide, and finally OTHER.

        Writes 'id<TAB>label' lines to --out, labels from the CASE 2021 set
        (../shared/data/acled/case2021-labels.txt).

        Options:
          --input F.tsv      snippets
          --out P.tsv        predictions
          --gold F.tsv       the answers (label in the last column): micro and macro F1 and per-label
                             precision and recall; the last line is JSON
          --keywords-only    skip the pipeline; keyword rules only
          --help             show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--keywords-only"];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        var output = args.Required("--out");
        var goldPath = args.Value("--gold");
        var watch = Stopwatch.StartNew();
        var keywords = AcledKeywordClassifier.Load(Path.Combine(DataDirectory.Resolve(), "events", "acled-keywords.tsv"));
        var snippets = AcledTsv.ReadSnippets(input);

        Pipeline? pipeline = null;
        if (!args.Flag("--keywords-only"))
        {
            var candidate = PipelineFactory.CreateDefault();
            foreach (var component in candidate.Components)
            {
                if (component.Assigns.Contains(LayerKind.Events))
                {
                    pipeline = candidate;
                }
            }

            if (pipeline is null)
            {
                context.Error.WriteLine("note: the default pipeline has no events layer yet; keyword rules only");
            }
        }

        var predictions = new List<(string Id, string Label)>(snippets.Count);
        int fromEvents = 0, fromKeywords = 0, other = 0;
        foreach (var snippet in snippets)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            string? eventLabel = null;
            if (pipeline is not null)
            {
                var document = pipeline.Process(new Document(snippet.Text), context.CancellationToken);
                eventLabel = FromEvents(document);
            }

            var label = AcledLabelCombiner.Combine(eventLabel, keywords.Match(snippet.Text)?.Label);
            if (label is not null)
            {
                if (label == eventLabel)
                {
                    fromEvents++;
                }
                else
                {
                    fromKeywords++;
                }
            }

            if (label is null)
            {
                label = AcledCaseLabels.Other;
                other++;
            }

            predictions.Add((snippet.Id, label));
        }

        AcledTsv.WritePredictions(output, predictions);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{snippets.Count} snippets: {fromEvents} labelled from events, {fromKeywords} by keyword rules, {other} OTHER; {watch.Elapsed.TotalSeconds:0.00} s"));
        if (goldPath is null)
        {
            return CommandLineApp.ExitOk;
        }

        var gold = AcledTsv.ReadLabels(goldPath);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, label) in predictions)
        {
            predicted[id] = label;
        }

        var score = AcledMetrics.Score(gold, predicted);
        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"snippets: {score.Snippets}, correct: {score.Correct}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"micro F1: {score.MicroF1:0.00}  macro F1: {score.MacroF1:0.00} (over {score.PerLabel.Count} labels in gold or predictions)"));
        foreach (var l in score.PerLabel)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {l.Label,-30} P {l.Precision,6:0.00}  R {l.Recall,6:0.00}  F1 {l.F1,6:0.00}  gold {l.Support,3}  predicted {l.Predicted,3}"));
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("task", "acled");
            w.WriteString("system", pipeline is null ? "keywords" : "events, then keywords");
            w.WriteNumber("snippets", score.Snippets);
            w.WriteNumber("microF1", Math.Round(score.MicroF1, 2));
            w.WriteNumber("macroF1", Math.Round(score.MacroF1, 2));
            w.WriteNumber("fromEvents", fromEvents);
            w.WriteNumber("fromKeywords", fromKeywords);
            w.WriteEndObject();
        }

        o.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        return CommandLineApp.ExitOk;
    }

    /// <summary>
    /// The CASE label of the most confident event that has an ACLED sub-event, or null. Reads the events layer through
    /// its public JSON record (events[].acled.subEventType, events[].confidence), so it works with whatever layer
    /// type the coder provides.
    /// </summary>
    internal static string? FromEvents(Document document)
    {
        var layer = document.Find<IJsonWritableLayer>(LayerKind.Events);
        if (layer is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            layer.WriteJsonValue(w, document);
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        if (json.RootElement.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string? best = null;
        double bestConfidence = double.NegativeInfinity;
        foreach (var e in json.RootElement.EnumerateArray())
        {
            if (!e.TryGetProperty("acled", out var acled) || acled.ValueKind != JsonValueKind.Object
                || !acled.TryGetProperty("subEventType", out var sub) || sub.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var label = AcledCaseLabels.LabelOf(sub.GetString());
            double confidence = e.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 0;
            if (label is not null && confidence > bestConfidence)
            {
                best = label;
                bestConfidence = confidence;
            }
        }

        return best;
    }
}

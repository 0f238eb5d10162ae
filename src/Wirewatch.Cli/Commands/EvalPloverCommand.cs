using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Eval.Regression;
using Wirewatch.Events;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval plover</c>: codes PLOVER's gold-standard sentences and reports type and actor pass rates.</summary>
internal sealed class EvalPloverCommand : ICommand
{
    public string Name => "eval plover";

    public string Summary => "Code PLOVER's gold-standard sentences; per-type and overall type and actor pass rates (a regression check).";

    public string Help => """
        Usage: wirewatch eval plover --input F.jsonl [--out P.jsonl]

        Reads PLOVER's gold-coded sentences (plover_gsr_cameo.jsonl: one JSON object a line with id,
        date, source[], target[], event, text; records whose event is DOCUMENT are skipped). Each
        sentence goes through the default pipeline with the record's date as publication date; only
        the text and the date are used for prediction.

        Prints, per gold type and overall:
          type pass    some predicted event has the gold PLOVER type; the gold standard's old types
                       are read under their current names (INVESTIGATE and DISAPPROVE as ACCUSE,
                       DEMAND as REQUEST, FIGHT as ASSAULT, as in the PLOVER manual)
          actor pass   type pass, and an actor of such an event contains a gold source's words
                       (case-insensitive, in its text or canonical name) or has the gold code as country
          no event     nothing was coded for the sentence
        The last line is JSON. These are regression figures, not a benchmark: the gold sentences are
        CAMEO manual examples, and the coder is not tuned to them.

        Options:
          --input F.jsonl    the gold sentences
          --out P.jsonl      one JSON line per sentence: {"id", "gold", "goldCurrent", "predicted": [types],
                             "typePass", "actorPass"}
          --help             show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        var output = args.Value("--out");
        var watch = Stopwatch.StartNew();
        var records = PloverGoldReader.Read(input);
        var pipeline = PipelineFactory.CreateDefault();
        var tally = new PassRateTally();
        using var writer = output is null ? null : new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (var record in records)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var predicted = Predict(pipeline, record.Text, record.Date, context.CancellationToken);
            var outcome = PloverGoldMatcher.Match(record, predicted);
            tally.Add(record.Type, "type", outcome.TypePass);
            tally.Add(record.Type, "actor", outcome.ActorPass);
            tally.Add(record.Type, "none", outcome.NoEvent);
            writer?.WriteLine(Line(record, predicted, outcome));
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count} gold sentences coded in {watch.Elapsed.TotalSeconds:0.00} s"));
        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"type (gold>current)",-22} {"gold",5} {"type pass",14} {"actor pass",14} {"no event",14}"));
        foreach (var group in tally.Groups)
        {
            var current = PloverTypeRenames.Current(group);
            o.WriteLine(Row(current == group ? group : group + ">" + current, tally.Get(group, "type"), tally.Get(group, "actor"), tally.Get(group, "none")));
        }

        var type = tally.Overall("type");
        var actor = tally.Overall("actor");
        var none = tally.Overall("none");
        o.WriteLine(Row("overall", type, actor, none));

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("task", "plover");
            w.WriteString("system", "events.v1");
            w.WriteNumber("sentences", type.Total);
            w.WriteNumber("typePass", type.Passed);
            w.WriteNumber("typeRate", Math.Round(type.Rate, 4));
            w.WriteNumber("actorPass", actor.Passed);
            w.WriteNumber("actorRate", Math.Round(actor.Rate, 4));
            w.WriteNumber("noEvent", none.Passed);
            w.WriteNumber("noEventRate", Math.Round(none.Rate, 4));
            w.WriteStartObject("perType");
            foreach (var group in tally.Groups)
            {
                var t = tally.Get(group, "type");
                w.WriteStartObject(group);
                w.WriteString("current", PloverTypeRenames.Current(group));
                w.WriteNumber("gold", t.Total);
                w.WriteNumber("typePass", t.Passed);
                w.WriteNumber("actorPass", tally.Get(group, "actor").Passed);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        o.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        return CommandLineApp.ExitOk;
    }

    /// <summary>Runs the pipeline over one sentence and returns its events as the regression checks see them.</summary>
    internal static List<PredictedEvent> Predict(Pipeline pipeline, string text, DateOnly? date, CancellationToken cancellationToken)
    {
        var document = pipeline.Process(new Document(text, new ArticleMetadata { Published = date }), cancellationToken);
        var result = new List<PredictedEvent>();
        if (document.Find<EventLayer>(LayerKind.Events) is not { } layer)
        {
            return result;
        }

        foreach (var e in layer.Events)
        {
            var actors = new List<PredictedActor>(e.Actors.Count);
            foreach (var a in e.Actors)
            {
                actors.Add(new PredictedActor(a.Text, a.Canonical, a.Country));
            }

            result.Add(new PredictedEvent(e.Type, e.Cameo, actors));
        }

        return result;
    }

    private static string Row(string name, PassRate type, PassRate actor, PassRate none) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {type.Total,5} {type.Passed,5} ({type.Rate,6:0.000}) {actor.Passed,5} ({actor.Rate,6:0.000}) {none.Passed,5} ({none.Rate,6:0.000})");

    private static string Line(PloverGoldRecord record, List<PredictedEvent> predicted, PloverOutcome outcome)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", record.Id);
            w.WriteString("gold", record.Type);
            w.WriteString("goldCurrent", PloverTypeRenames.Current(record.Type));
            w.WriteStartArray("predicted");
            foreach (var e in predicted)
            {
                w.WriteStringValue(e.Type);
            }

            w.WriteEndArray();
            w.WriteBoolean("typePass", outcome.TypePass);
            w.WriteBoolean("actorPass", outcome.ActorPass);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

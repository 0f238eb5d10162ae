using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Wirewatch.Core.IO;
using Wirewatch.Eval.Regression;
using Wirewatch.Events.Ontology;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval petrarch</c>: codes PETRARCH's unit-test records and reports PLOVER type, CAMEO root and no-event pass rates.</summary>
internal sealed class EvalPetrarchCommand : ICommand
{
    public string Name => "eval petrarch";

    public string Summary => "Code PETRARCH's unit-test records; per-category PLOVER type, CAMEO root and no-event pass rates (a regression check).";

    public string Help => """
        Usage: wirewatch eval petrarch --input F.xml [--out P.tsv]

        Reads PETRARCH's validation XML (PETR.UnitTest.records.xml): each <Sentence> with its
        <EventCoding sourcecode targetcode eventcode> children and <Text>; <Parse> is ignored. Each
        text goes through the default pipeline with the record's date as publication date; the
        codings are never used for prediction.

        Gold CAMEO codes become PLOVER types through data/ontology/cameo-plover.tsv (a code missing
        from it falls back to its longest listed prefix). Prints, per category and overall:
          type pass    per gold coding: some predicted event has the mapped PLOVER type
          root pass    per gold coding: some predicted CAMEO code has the gold code's first two digits
          no event     per record without gold codings (noevents or an expected error): we coded nothing
        The type rate counts only codings with a PLOVER type (PLOVER dropped CAMEO 01 and 02, and
        the unit tests' private 8xx and 9xx codes have none); the root rate counts only CAMEO codes
        (roots 01-20). The last line is JSON. These are regression
        figures: the records are stylized, with made-up actors, and the coder is not tuned to them.

        Options:
          --input F.xml      the unit-test records
          --out P.tsv        one line per record: id, category, gold codes with their PLOVER types,
                             predicted types with CAMEO codes
          --help             show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        var output = args.Value("--out");
        var watch = Stopwatch.StartNew();
        var ontology = EventOntology.Load(Path.Combine(DataDirectory.Resolve(), "ontology"));
        var records = PetrarchRecordReader.Read(input);
        var pipeline = PipelineFactory.CreateDefault();
        var tally = new PassRateTally();
        int unmapped = 0, notCameo = 0, codings = 0, predictedAny = 0;
        using var writer = output is null ? null : new StreamWriter(output, false, new UTF8Encoding(false));
        writer?.WriteLine("id\tcategory\tgold\tpredicted");
        foreach (var record in records)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var predicted = EvalPloverCommand.Predict(pipeline, record.Text, record.Date, context.CancellationToken);
            var outcome = PetrarchRecordMatcher.Match(record, predicted, code => ontology.Cameo(code)?.Type);
            foreach (var c in outcome.Codings)
            {
                codings++;
                if (PetrarchRecordMatcher.IsCameo(c.EventCode))
                {
                    tally.Add(record.Category, "root", c.RootPass);
                }
                else
                {
                    notCameo++;
                }

                if (c.PloverType is null)
                {
                    unmapped++;
                    continue;
                }

                tally.Add(record.Category, "type", c.TypePass);
            }

            predictedAny += outcome.PredictedNone ? 0 : 1;

            if (outcome.GoldNone)
            {
                tally.Add(record.Category, "none", outcome.PredictedNone);
            }

            writer?.WriteLine(Line(record, outcome, predicted));
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{records.Count} records ({predictedAny} with some predicted event), {codings} gold codings ({unmapped} with no PLOVER type, {notCameo} not CAMEO); {watch.Elapsed.TotalSeconds:0.00} s"));
        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"category",-12} {"typed",7} {"type pass",14} {"cameo",7} {"root pass",14} {"no-event recs",13} {"none predicted",14}"));
        foreach (var group in tally.Groups)
        {
            o.WriteLine(Row(group, tally.Get(group, "type"), tally.Get(group, "root"), tally.Get(group, "none")));
        }

        var type = tally.Overall("type");
        var root = tally.Overall("root");
        var none = tally.Overall("none");
        o.WriteLine(Row("overall", type, root, none));

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("task", "petrarch");
            w.WriteString("system", "events.v1");
            w.WriteNumber("records", records.Count);
            w.WriteNumber("predictedAny", predictedAny);
            w.WriteNumber("codings", codings);
            w.WriteNumber("typed", type.Total);
            w.WriteNumber("noPloverType", unmapped);
            w.WriteNumber("cameo", root.Total);
            w.WriteNumber("notCameo", notCameo);
            w.WriteNumber("typePass", type.Passed);
            w.WriteNumber("typeRate", Math.Round(type.Rate, 4));
            w.WriteNumber("rootPass", root.Passed);
            w.WriteNumber("rootRate", Math.Round(root.Rate, 4));
            w.WriteNumber("noEventRecords", none.Total);
            w.WriteNumber("noEventPass", none.Passed);
            w.WriteNumber("noEventRate", Math.Round(none.Rate, 4));
            w.WriteStartObject("perCategory");
            foreach (var group in tally.Groups)
            {
                var t = tally.Get(group, "type");
                var n = tally.Get(group, "none");
                w.WriteStartObject(group);
                w.WriteNumber("typed", t.Total);
                w.WriteNumber("typePass", t.Passed);
                w.WriteNumber("cameo", tally.Get(group, "root").Total);
                w.WriteNumber("rootPass", tally.Get(group, "root").Passed);
                w.WriteNumber("noEventRecords", n.Total);
                w.WriteNumber("noEventPass", n.Passed);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        o.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        return CommandLineApp.ExitOk;
    }

    private static string Row(string name, PassRate type, PassRate root, PassRate none) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} {type.Total,7} {type.Passed,5} ({type.Rate,6:0.000}) {root.Total,7} {root.Passed,5} ({root.Rate,6:0.000}) {none.Total,13} {none.Passed,5} ({none.Rate,6:0.000})");

    private static string Line(PetrarchRecord record, PetrarchOutcome outcome, List<PredictedEvent> predicted)
    {
        var gold = new StringBuilder();
        foreach (var c in outcome.Codings)
        {
            gold.Append(gold.Length == 0 ? "" : ",").Append(c.EventCode).Append('>').Append(c.PloverType ?? "?");
        }

        if (outcome.GoldNone)
        {
            gold.Append(record.Error is null ? "none" : "error:" + record.Error);
        }

        var pred = new StringBuilder();
        foreach (var e in predicted)
        {
            pred.Append(pred.Length == 0 ? "" : ",").Append(e.Type).Append('/').Append(e.Cameo ?? "-");
        }

        return $"{record.Id}\t{record.Category}\t{gold}\t{(pred.Length == 0 ? "none" : pred.ToString())}";
    }
}

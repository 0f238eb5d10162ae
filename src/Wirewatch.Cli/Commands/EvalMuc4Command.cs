using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Wirewatch.Core.IO;
using Wirewatch.Eval.Muc4;
using Wirewatch.Events.Templates;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval muc4</c>: fills the MUC-4 role slots of GRIT/GTT jsonl documents; with --gold, CEAF-REE or the template metric.</summary>
internal sealed class EvalMuc4Command : ICommand
{
    public string Name => "eval muc4";

    public string Summary => "Extract MUC-4 role fillers from GRIT/GTT jsonl; with --gold, CEAF-REE (GRIT) or the template metric (GTT).";

    public string Help => """
        Usage: wirewatch eval muc4 --input F.jsonl --out P.json [--gold F.jsonl] [--model PATH]

        Reads MUC-4 documents in the GRIT or GTT jsonl form; only "docid" and "doctext" are read for
        prediction. The role tagger (data/models/muc4-roles.wwm, made by 'wirewatch train muc4') tags
        PerpInd, PerpOrg, Target, Victim and Weapon mentions and groups them into entities.

        Writes one JSON object to --out:
          {docid: {"pred_extracts": {"PerpInd": [[mention, ...], ...], "PerpOrg": .., "Target": ..,
                   "Victim": .., "Weapon": ..},
                   "pred_templates": [{"incident_type": .., "PerpInd": .., ...}]}}
        (mentions as they appear in the text; one template per document with any filler, its
        incident type guessed from cue words).

        Options:
          --input F.jsonl   documents (GRIT or GTT jsonl)
          --out P.json      predictions
          --gold F.jsonl    the answers: GRIT form ("extracts") gives CEAF-REE, strict (GRIT's figure)
                            and proportional, per role and micro; GTT form ("templates") gives the
                            template metric; the last line is JSON
          --model PATH      another model file (default: data/models/muc4-roles.wwm)
          --help            show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold", "--model"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        var output = args.Required("--out");
        var goldPath = args.Value("--gold");
        var modelPath = args.Value("--model") ?? Path.Combine(DataDirectory.Resolve(), "models", "muc4-roles.wwm");
        var watch = Stopwatch.StartNew();
        var tagger = RoleTagger.Load(modelPath, PipelineFactory.CreateSyntax());
        var loaded = watch.Elapsed;
        var documents = Muc4Reader.ReadJsonl(input);
        var predictions = Predict(tagger, documents, context.CancellationToken);
        using (var stream = File.Create(output))
        {
            Muc4PredictionWriter.Write(stream, predictions);
        }

        double seconds = watch.Elapsed.TotalSeconds - loaded.TotalSeconds;
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} documents in {seconds:0.00} s ({documents.Count / Math.Max(seconds, 1e-9):0} docs/s); model loaded in {loaded.TotalMilliseconds:0} ms"));
        if (goldPath is null)
        {
            return CommandLineApp.ExitOk;
        }

        var gold = Muc4Reader.ReadJsonl(goldPath);
        var figures = new List<(string Name, Muc4Score Score)>();
        if (gold.Count > 0 && gold[0].Extracts is not null)
        {
            var byKey = new Dictionary<string, Muc4Extracts>(StringComparer.Ordinal);
            foreach (var (docId, extracts, _) in predictions)
            {
                byKey[Muc4DocKey.Of(docId)] = extracts;
            }

            figures.Add(("ceafReeStrict", CeafReeScorer.Score(gold, byKey, Muc4Similarity.Strict)));
            figures.Add(("ceafReeProp", CeafReeScorer.Score(gold, byKey, Muc4Similarity.Proportional)));
        }

        if (gold.Count > 0 && gold[0].Templates is not null)
        {
            var byKey = new Dictionary<string, IReadOnlyList<Muc4Template>>(StringComparer.Ordinal);
            foreach (var (docId, _, templates) in predictions)
            {
                byKey[Muc4DocKey.Of(docId)] = templates ?? [];
            }

            figures.Add(("template", TemplateScorer.Score(gold, byKey)));
        }

        WriteFigures(context.Out, tagger.Manifest.Version, gold.Count, figures);
        return CommandLineApp.ExitOk;
    }

    /// <summary>Runs the tagger over every document (text only).</summary>
    internal static List<(string DocId, Muc4Extracts Extracts, IReadOnlyList<Muc4Template>? Templates)> Predict(RoleTagger tagger, IReadOnlyList<Muc4Document> documents, CancellationToken cancellationToken)
    {
        var result = new List<(string, Muc4Extracts, IReadOnlyList<Muc4Template>?)>(documents.Count);
        foreach (var doc in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var extraction = tagger.Extract(doc.Text);
            var extracts = new Muc4Extracts(extraction.Roles);
            bool any = false;
            foreach (var role in Muc4Roles.All)
            {
                any |= extracts[role].Count > 0;
            }

            IReadOnlyList<Muc4Template> templates = any ? [new Muc4Template(extraction.IncidentType, extracts)] : [];
            result.Add((doc.DocId, extracts, templates));
        }

        return result;
    }

    /// <summary>Prints each metric per slot and micro, then one JSON line with all figures.</summary>
    internal static void WriteFigures(TextWriter o, string system, int documents, IReadOnlyList<(string Name, Muc4Score Score)> figures)
    {
        foreach (var (name, score) in figures)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: micro P/R/F1 = {score.Micro.Precision:0.00} / {score.Micro.Recall:0.00} / {score.Micro.F1:0.00}"));
            foreach (var (slot, prf) in score.PerSlot)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {slot,-14} P {prf.Precision,6:0.00}  R {prf.Recall,6:0.00}  F1 {prf.F1,6:0.00}"));
            }
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("task", "muc4");
            w.WriteString("system", system);
            w.WriteNumber("documents", documents);
            foreach (var (name, score) in figures)
            {
                w.WriteStartObject(name);
                w.WriteNumber("p", Math.Round(score.Micro.Precision, 2));
                w.WriteNumber("r", Math.Round(score.Micro.Recall, 2));
                w.WriteNumber("f1", Math.Round(score.Micro.F1, 2));
                foreach (var (slot, prf) in score.PerSlot)
                {
                    w.WriteNumber(slot, Math.Round(prf.F1, 2));
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        o.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

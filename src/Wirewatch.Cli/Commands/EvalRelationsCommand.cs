using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Eval.Relations;
using Wirewatch.Events.Relations;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval relations</c>: finds relations between actors in re3d texts; with --gold, precision and recall against re3d's relations.</summary>
internal sealed class EvalRelationsCommand : ICommand
{
    public string Name => "eval relations";

    public string Summary => "Find relations between actors in re3d texts; with --gold, precision and recall against re3d's annotated relations.";

    public string Help => """
        Usage: wirewatch eval relations --input DIR --out P.jsonl [--gold DIR] [--fold all|train|heldout]

        Reads the texts of the re3d layout (DIR/SOURCE/documents.json, JSON lines with _id and text;
        nothing else under DIR is read), runs the default pipeline and writes one JSON line per relation:
        {"doc": "SOURCE/_id", "predicate", "status", "subject": {start, end, text}, "object": {...}}.

        With --gold (DIR/SOURCE/relations.json and entities.json) prints, per predicate, how many
        relations match a gold relation of a type that can state it (allegiance, affiliated-with:
        BelongsTo, AlliesOf, Likes; backed-by: AlliesOf, Likes; member-of: BelongsTo; leader-of:
        InChargeOf, BelongsTo; rival-of: FightingAgainst, Dislikes; located-in: CoLocated), the
        arguments overlapping in either order; and, per gold type, how many gold relations some
        prediction matches. Gold relations count only between annotated names (Person, Organisation,
        Location, Nationality) with confidence at least 0.5. The last line is JSON.

        Options:
          --input DIR    the re3d folder
          --out P.jsonl  the predicted relations
          --gold DIR     the re3d folder with the answers
          --fold F       all (default); train or heldout: the documents numbered in corpus order
                         (folders by name, documents by id) whose index mod 5 is not 4, or is 4
                         (the relation patterns were written looking at the train fold only;
                         data/models/relations.wwm is trained on it by 'train relations')
          --help         show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold", "--fold"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        var output = args.Required("--out");
        var goldPath = args.Value("--gold");
        var fold = args.Value("--fold") ?? "all";
        if (fold is not ("all" or "train" or "heldout"))
        {
            throw new UsageException($"--fold must be all, train or heldout, not '{fold}'.");
        }

        var watch = Stopwatch.StartNew();
        var documents = new List<Re3dDocument>();
        foreach (var d in Re3dRelationCorpus.ReadDocuments(input))
        {
            bool heldOut = d.Index % 5 == 4;
            if (fold == "all" || (fold == "heldout") == heldOut)
            {
                documents.Add(d);
            }
        }

        var pipeline = PipelineFactory.CreateDefault();
        var predicted = new Dictionary<string, List<PredictedRelation>>(StringComparer.Ordinal);
        using (var stream = File.Create(output))
        using (var w = new Utf8JsonWriter(stream))
        {
            foreach (var d in documents)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var document = pipeline.Process(new Document(d.Text), context.CancellationToken);
                var list = new List<PredictedRelation>();
                if (document.Find<RelationLayer>(LayerKind.Relations) is { } layer)
                {
                    foreach (var r in layer.Relations)
                    {
                        list.Add(new PredictedRelation(r.Predicate, r.Subject.Start, r.Subject.End, r.Object.Start, r.Object.End));
                        w.WriteStartObject();
                        w.WriteString("doc", d.Id);
                        w.WriteString("predicate", r.Predicate);
                        w.WriteString("status", r.Status);
                        w.WriteString("reason", r.Reason);
                        WriteArgument(w, "subject", r.Subject);
                        WriteArgument(w, "object", r.Object);
                        w.WriteEndObject();
                        w.Flush();
                        stream.WriteByte((byte)'\n');
                        w.Reset();
                    }
                }

                predicted[d.Id] = list;
            }
        }

        int total = 0;
        foreach (var list in predicted.Values)
        {
            total += list.Count;
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} documents ({fold}), {total} relations; {watch.Elapsed.TotalSeconds:0.0} s"));
        if (goldPath is null)
        {
            return CommandLineApp.ExitOk;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            ids.Add(d.Id);
        }

        var gold = Re3dRelationCorpus.ReadGold(goldPath, ids);
        var kept = new Dictionary<string, List<GoldRelation>>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            kept[d.Id] = gold.GetValueOrDefault(d.Id) ?? [];
        }

        var score = RelationMetric.Score(kept, predicted);
        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {documents.Count} ({fold}); predicted {score.Predicted}, correct {score.Correct}; gold {score.Gold}, found {score.Found}"));
        foreach (var (predicate, (n, c)) in score.ByPredicate)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {predicate,-16} predicted {n,4}  correct {c,4}  P {(n == 0 ? 0 : 100.0 * c / n),6:0.00}"));
        }

        foreach (var (type, (n, f)) in score.ByGoldType)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  gold {type,-16} {n,4}  found {f,4}  R {(n == 0 ? 0 : 100.0 * f / n),6:0.00}"));
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"precision {100 * score.Precision:0.00}  recall {100 * score.Recall:0.00}  F1 {100 * score.F1:0.00}"));
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("task", "relations");
            w.WriteString("fold", fold);
            w.WriteNumber("documents", documents.Count);
            w.WriteNumber("predicted", score.Predicted);
            w.WriteNumber("correct", score.Correct);
            w.WriteNumber("gold", score.Gold);
            w.WriteNumber("found", score.Found);
            w.WriteNumber("precision", Math.Round(100 * score.Precision, 2));
            w.WriteNumber("recall", Math.Round(100 * score.Recall, 2));
            w.WriteNumber("f1", Math.Round(100 * score.F1, 2));
            w.WriteEndObject();
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return CommandLineApp.ExitOk;
    }

    private static void WriteArgument(Utf8JsonWriter w, string name, RelationArgument a)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", a.Start);
        w.WriteNumber("end", a.End);
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }
}

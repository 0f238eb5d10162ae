using System.Globalization;
using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;
using Wirewatch.Events;
using Wirewatch.Text;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval example --input DIR</c>: checks one example article against its expected.json.</summary>
internal sealed class EvalExampleCommand : ICommand
{
    public string Name => "eval example";

    public string Summary => "Check an example article (article.txt, meta.json) against its expected.json: found/missed events and quotes, spurious events.";

    public string Help => """
        Usage: wirewatch eval example --input DIR [--out F.json]

        DIR holds article.txt, meta.json (its "published" date; expected.json's is used when meta.json has
        none) and expected.json (the events and quotes an analyst would code, with matching rules). Runs the
        default pipeline over the article, then prints each expected event and quote as found or missed
        (with the closest prediction and the check it failed), the predicted events that match nothing
        (spurious), and, as the last line, one line of JSON with the figures. Quotes are checked only when the
        pipeline has a quotes layer. expected.json is never used for prediction.

        Options:
          --input DIR    the example folder
          --out F.json   also write the article's record there
          --help         show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var dir = args.Required("--input");
        var articlePath = Path.Combine(dir, "article.txt");
        if (!File.Exists(articlePath))
        {
            throw new UsageException($"{articlePath} does not exist.");
        }

        var expected = ExpectationMatcher.Read(Path.Combine(dir, "expected.json"));
        var decoded = TextFileDecoder.ReadFile(articlePath);
        var metadata = ReadMeta(Path.Combine(dir, "meta.json"));
        if (metadata.Published is null && expected.Published is not null)
        {
            metadata = metadata with { Published = expected.Published };
        }

        var document = PipelineFactory.CreateDefault().Process(new Document(decoded.Text, metadata), context.CancellationToken);
        if (args.Value("--out") is { } outPath)
        {
            File.WriteAllText(outPath, DocumentJsonWriter.ToJson(document));
        }

        var report = ExpectationMatcher.Match(expected, document);
        var o = context.Out;
        o.WriteLine($"{dir}: {report.PredictedEvents} events predicted");
        Print(o, "event", report.Events);
        if (report.Quotes is { } quotes)
        {
            Print(o, "quote", quotes);
        }
        else
        {
            o.WriteLine("quotes: not checked (the pipeline has no quotes layer)");
        }

        var layer = document.Find<EventLayer>(LayerKind.Events);
        o.WriteLine($"spurious events: {report.SpuriousEvents} (predicted events that match no expected event)");
        if (layer is not null)
        {
            o.WriteLine("all predicted events:");
            foreach (var e in layer.Events)
            {
                o.WriteLine($"  [{e.Sentence}] {e.Type}{(e.Mode is null ? string.Empty : "/" + e.Mode)} '{decoded.Text.AsSpan(e.Trigger.Start, e.Trigger.Length)}' " +
                    $"{(e.Actors.Count > 0 ? e.Actors[0].Text : "?")} → {(e.Recipients.Count > 0 ? e.Recipients[0].Text : "?")} " +
                    $"at {e.Location?.Place.Name ?? "-"} on {e.Date?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} " +
                    $"killed {e.Counts.Killed?.Value?.ToString(CultureInfo.InvariantCulture) ?? "-"} {EventLayer.StatusName(e.Status)} ({e.Confidence:0.00}, {e.Mentions} mention{(e.Mentions == 1 ? string.Empty : "s")})");
            }
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("input", dir);
            Figures(writer, "events", report.Events);
            if (report.Quotes is { } q)
            {
                Figures(writer, "quotes", q);
            }

            writer.WriteNumber("predictedEvents", report.PredictedEvents);
            writer.WriteNumber("spuriousEvents", report.SpuriousEvents);
            writer.WriteEndObject();
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return CommandLineApp.ExitOk;
    }

    private static void Print(TextWriter o, string kind, IReadOnlyList<ExpectationResult> results)
    {
        foreach (var r in results)
        {
            o.WriteLine($"{kind} {r.Id} ({(r.Required ? "required" : "optional")}): {(r.Found ? "FOUND" : "missed")} - {r.Detail}");
        }
    }

    private static void Figures(Utf8JsonWriter writer, string name, IReadOnlyList<ExpectationResult> results)
    {
        int required = 0, requiredFound = 0, optional = 0, optionalFound = 0;
        var found = new List<string>();
        var missed = new List<string>();
        foreach (var r in results)
        {
            if (r.Required)
            {
                required++;
                requiredFound += r.Found ? 1 : 0;
            }
            else
            {
                optional++;
                optionalFound += r.Found ? 1 : 0;
            }

            (r.Found ? found : missed).Add(r.Id);
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("required", required);
        writer.WriteNumber("requiredFound", requiredFound);
        writer.WriteNumber("optional", optional);
        writer.WriteNumber("optionalFound", optionalFound);
        writer.WriteStartArray("found");
        foreach (var id in found)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("missed");
        foreach (var id in missed)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static ArticleMetadata ReadMeta(string path)
    {
        var metadata = new ArticleMetadata { Language = "en" };
        if (!File.Exists(path))
        {
            return metadata;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        DateOnly? published = Get("published") is { } p && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return metadata with { Id = Get("id"), Url = Get("url"), Title = Get("title"), Source = Get("source"), Published = published, Language = Get("language") ?? "en" };
    }
}

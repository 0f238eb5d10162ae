using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Wirewatch.Core.IO;
using Wirewatch.Eval.Geo;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Geo.Places;
using Wirewatch.Geo.Recognition;
using Wirewatch.Geo.Resolution;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval geo</c>: resolves the given toponym spans of LGL/TR-News, GeoWebNews or GeoVirus XML.</summary>
internal sealed class EvalGeoCommand : ICommand
{
    public string Name => "eval geo";

    public string Summary => "Resolve toponym spans of LGL/TR-News, GeoWebNews or GeoVirus XML; with --gold, accuracy@161 km and errors.";

    public string Help => """
        Usage: wirewatch eval geo --input F.xml --out P.jsonl [--gold F.xml] [--baseline population]

        Reads LGL/TR-News, GeoWebNews or GeoVirus XML (the format is detected) and resolves every
        toponym span against the compiled gazetteer (data/gazetteer/gazetteer.bin). Only the article
        text and the span offsets are read for prediction; positions in --input are never used.
        A span whose name is not in the gazetteer gets the article's focus place.

        Writes one JSON line per toponym to --out:
          {"doc": 0-based article index, "start": s, "end": e, "lat": .., "lon": .., "geonameid": ..}
        (lat/lon null when nothing could be resolved; geonameid null when the entry has none).

        Options:
          --input F.xml            corpus to resolve
          --out P.jsonl            predictions
          --gold F.xml             the same corpus with answers: print accuracy within 161 km, mean and
                                   median error in km (toponyms without a gold position are skipped; an
                                   unresolved one counts as 20,037.5 km); the last line is JSON
          --baseline population    choose the most populous candidate only (the floor to beat)
          --help                   show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold", "--baseline"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        var input = args.Required("--input");
        var output = args.Required("--out");
        var goldPath = args.Value("--gold");
        var baseline = args.Value("--baseline");
        if (baseline is not null and not "population")
        {
            throw new UsageException($"Unknown baseline '{baseline}'; the only one is 'population'.");
        }

        var watch = Stopwatch.StartNew();
        var folder = Path.Combine(DataDirectory.Resolve(), "gazetteer");
        var gazetteer = BinaryGazetteer.Load(Path.Combine(folder, "gazetteer.bin"));
        var lexicon = RecognitionLexicon.Load(Path.Combine(folder, "recognition.tsv"));
        var loaded = watch.Elapsed;
        var weights = baseline is null ? ResolverWeights.Default : PopulationOnly;
        var resolver = new ToponymResolver(gazetteer, weights);
        var corpus = GeoCorpusReader.Read(input);
        var articles = corpus.Articles;
        foreach (var skipped in corpus.SkippedSpans)
        {
            context.Error.WriteLine($"warning: {input}: {skipped}; left out");
        }

        var predictions = new List<GeoPrediction>();
        int toponyms = 0, fromFocus = 0;
        foreach (var article in articles)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var mentions = new List<ToponymMention>(article.Toponyms.Count);
            foreach (var t in article.Toponyms)
            {
                mentions.Add(SpanToponyms.Create(gazetteer, article.Text, t.Start, t.End, lexicon));
            }

            var resolved = resolver.Resolve(article.Text, mentions);
            var focus = ArticleFocus.Of(resolved);
            for (int i = 0; i < article.Toponyms.Count; i++)
            {
                var place = resolved[i];
                if (place is null && focus is not null)
                {
                    place = focus;
                    fromFocus++;
                }

                var t = article.Toponyms[i];
                predictions.Add(new GeoPrediction(article.Index, t.Start, t.End, place is null ? null : new GeoPoint(place.Latitude, place.Longitude, place.GeonameId)));
                toponyms++;
            }
        }

        WritePredictions(output, predictions);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {toponyms} toponyms ({fromFocus} not in the gazetteer, given the article's focus); gazetteer loaded in {loaded.TotalMilliseconds:0} ms, total {watch.Elapsed.TotalSeconds:0.00} s"));
        if (goldPath is null)
        {
            return CommandLineApp.ExitOk;
        }

        var gold = GeoCorpusReader.Read(goldPath).Articles;
        var score = GeoMetrics.Score(gold, predictions);
        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"toponyms with a gold position: {score.Toponyms} (unresolved: {score.Unresolved})"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy within 161 km: {score.AccuracyAt161:0.0000}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean error: {score.MeanKm:0.0} km, median error: {score.MedianKm:0.0} km"));
        if (score.IdPairs > 0)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"same GeoNames id: {score.IdAccuracy:0.0000} of {score.IdPairs} with ids on both sides"));
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("task", "geo");
            w.WriteString("system", baseline is null ? "places.gazetteer.v1" : "population-baseline");
            w.WriteNumber("toponyms", score.Toponyms);
            w.WriteNumber("unresolved", score.Unresolved);
            w.WriteNumber("accuracy161", Math.Round(score.AccuracyAt161, 4));
            w.WriteNumber("meanKm", Math.Round(score.MeanKm, 1));
            w.WriteNumber("medianKm", Math.Round(score.MedianKm, 1));
            w.WriteNumber("idPairs", score.IdPairs);
            w.WriteNumber("idAccuracy", Math.Round(score.IdAccuracy, 4));
            w.WriteEndObject();
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return CommandLineApp.ExitOk;
    }

    /// <summary>The floor: each name goes to its most populous candidate (countries and divisions count their towns).</summary>
    internal static ResolverWeights PopulationOnly { get; } = new()
    {
        Population = 1,
        Country = 0,
        Continent = 0,
        Region = 0,
        Facility = 0,
        Admin1 = 0,
        Admin2 = 0,
        Capital = 0,
        Admin1Seat = 0,
        Admin2Seat = 0,
        MinorSeat = 0,
        Section = 0,
        AlternateName = 0,
        CountryContext = 0,
        Admin1Context = 0,
        Pattern = 0,
        Coherence = 0,
        DatelineMass = 0,
    };

    private static void WritePredictions(string path, List<GeoPrediction> predictions)
    {
        using var stream = File.Create(path);
        var options = new JsonWriterOptions { Indented = false };
        foreach (var p in predictions)
        {
            using (var w = new Utf8JsonWriter(stream, options))
            {
                w.WriteStartObject();
                w.WriteNumber("doc", p.Doc);
                w.WriteNumber("start", p.Start);
                w.WriteNumber("end", p.End);
                if (p.Point is { } point)
                {
                    w.WriteNumber("lat", point.Latitude);
                    w.WriteNumber("lon", point.Longitude);
                    if (point.GeonameId is { } id)
                    {
                        w.WriteNumber("geonameid", id);
                    }
                    else
                    {
                        w.WriteNull("geonameid");
                    }
                }
                else
                {
                    w.WriteNull("lat");
                    w.WriteNull("lon");
                    w.WriteNull("geonameid");
                }

                w.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;
using Wirewatch.Models.Learning;
using Wirewatch.Models.Parsing;

namespace Wirewatch.Models.Benchmarks;

/// <summary>
/// <c>-- --profile</c>: a quick breakdown of the parser's time (feature extraction against weight lookups) with a
/// stopwatch, for finding the hot spot before a full BenchmarkDotNet run.
/// </summary>
internal static class ProfileRun
{
    public static void Run()
    {
        var models = ModelSet.Load(Path.Combine(DataDirectory.Resolve(), "models"));
        var words = BenchmarkCorpus.Document;
        var tagged = models.Tagger.Process(words, CancellationToken.None);
        var model = models.Parser.Model;
        var scratch = new ParserScratch(model.Relations.Count);
        var tags = tagged.Get<TagLayer>(LayerKind.Tags);
        var sentences = tagged.SentenceLayer;
        var recorded = new List<ulong[]>();
        var scores = new float[ArcHybridTransitions.ClassCount];
        var features = new ulong[ParserFeatures.MaxFeatures];

        for (int round = 0; round < 3; round++)
        {
            recorded.Clear();
            var all = Stopwatch.StartNew();
            long extractTicks = 0;
            for (int s = 0; s < sentences.Count; s++)
            {
                int first = sentences.FirstToken(s), end = sentences.EndToken(s), n = end - first;
                scratch.EnsureCapacity(n);
                var upos = new UniversalPos[n];
                var xpos = new string[n];
                for (int i = 0; i < n; i++)
                {
                    upos[i] = tags.Upos(first + i);
                    xpos[i] = tags.Xpos(first + i);
                }

                ArcHybridParser.FillAtoms(tagged.Text, tagged.TokenLayer.Starts[first..end], tagged.TokenLayer.Ends[first..end], upos, xpos, model.Clusters, scratch);
                var state = scratch.State;
                state.Reset(n);
                while (!state.IsTerminal)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    int count = ParserFeatures.Extract(state, scratch, model.Transitions.LabelAtoms, features);
                    extractTicks += Stopwatch.GetTimestamp() - t0;
                    recorded.Add(features[..count]);
                    model.Weights.Score(features.AsSpan(0, count), scores);
                    int best = -1;
                    for (int c = 0; c < scores.Length; c++)
                    {
                        if (ArcHybridTransitions.IsValid(state, c) && (best < 0 || scores[c] > scores[best]))
                        {
                            best = c;
                        }
                    }

                    // Label cost is left out of this breakdown: every arc gets relation 0.
                    ArcHybridTransitions.Apply(state, best, best == ArcHybridTransitions.Shift ? -1 : 0);
                }
            }

            double total = all.Elapsed.TotalSeconds;
            var score = Stopwatch.StartNew();
            foreach (var f in recorded)
            {
                model.Weights.Score(f, scores);
            }

            double scoring = score.Elapsed.TotalSeconds;
            var repacked = model.Weights;
            var hot = Stopwatch.StartNew();
            for (int i = 0; i < recorded.Count; i += 10)
            {
                for (int r = 0; r < 10; r++)
                {
                    repacked.Score(recorded[i], scores);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cached (same features scored 10 times): {hot.Elapsed.TotalSeconds / recorded.Count * 1e6:F2} us per call"));
            var hash = Stopwatch.StartNew();
            ulong sink = 0;
            foreach (var f in recorded)
            {
                foreach (ulong x in f)
                {
                    sink ^= LinearModel.Fingerprint(x);
                }
            }

            long foundAll = 0, probesAll = 0, entriesAll = 0, denseAll = 0, featuresAll = 0;
            foreach (var f in recorded)
            {
                var (found, probes, entriesRead, denseRows) = repacked.Inspect(f);
                foundAll += found;
                probesAll += probes;
                entriesAll += entriesRead;
                denseAll += denseRows;
                featuresAll += f.Length;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  per transition: {featuresAll / (double)recorded.Count:F1} features, {foundAll / (double)recorded.Count:F1} found, {probesAll / (double)featuresAll:F2} probes per feature, {entriesAll / (double)recorded.Count:F0} weights read, {denseAll / (double)recorded.Count:F1} dense rows"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {words.TokenCount} tokens, {recorded.Count} transitions; transitions only {words.TokenCount / total:F0} tok/s; extract {extractTicks / (double)Stopwatch.Frequency / recorded.Count * 1e6:F2} us/transition; score {scoring / recorded.Count * 1e6:F2} us/transition ({recorded[0].Length} features); model {model.Weights.SizeInBytes / 1048576.0:F1} MB; sink {sink & 1}"));
        }
    }
}

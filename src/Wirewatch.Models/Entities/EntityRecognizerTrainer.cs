using System.Diagnostics;
using System.Globalization;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Training;

namespace Wirewatch.Models.Entities;

/// <summary>Trains a <see cref="PerceptronEntityRecognizer"/> from gold documents; deterministic for a given seed.</summary>
public static class EntityRecognizerTrainer
{
    /// <summary>
    /// Trains on <paramref name="train"/> (flags filled), reports dev figures after every epoch when
    /// <paramref name="dev"/> is given, and returns the recognizer with <paramref name="manifest"/> completed by the
    /// settings and the final dev figures.
    /// </summary>
    public static PerceptronEntityRecognizer Train(
        IReadOnlyList<EntityTrainingDocument> train,
        IReadOnlyList<EntityTrainingDocument>? dev,
        EntityTrainingOptions options,
        ModelManifest manifest,
        TrainingProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(manifest);
        if (options.FlagNames.Count > EntityFeatures.FlagBits)
        {
            throw new ArgumentException($"At most {EntityFeatures.FlagBits} lexicon flags.", nameof(options));
        }

        var learner = new AveragedPerceptron(BilouLabels.Count, 1 << 19);
        var scratch = new EntityScratch();
        var output = new int[1024];
        var order = Shuffle.Identity(train.Count);
        var random = new Random(options.Seed);
        var clock = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle.InPlace(order.AsSpan(), random);
            int correct = 0, tokens = 0;
            foreach (int d in order)
            {
                var doc = train[d];
                if (doc.IsSilver && epoch > (options.SilverEpochs ?? int.MaxValue))
                {
                    continue;
                }

                if (output.Length < doc.TokenCount)
                {
                    output = new int[doc.TokenCount * 2];
                }

                EntityDecoder.Run(learner, options.Clusters, doc.Text, doc.Starts, doc.Ends, doc.Flags, doc.Boundaries, output, scratch, doc.Gold, learner, doc.LacksMisc);
                for (int i = 0; i < doc.TokenCount; i++)
                {
                    correct += output[i] == doc.Gold[i] ? 1 : 0;
                }

                tokens += doc.TokenCount;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{options.Epochs}: train {100.0 * correct / Math.Max(1, tokens):F2}% tokens (online)");
            if (dev is not null && (epoch == options.Epochs || epoch % 3 == 0))
            {
                var score = Evaluate(learner.AveragedScorer(), options.Clusters, dev);
                line += string.Create(CultureInfo.InvariantCulture, $", dev F1 {score.F1:F2} (P {score.Precision:F2} R {score.Recall:F2})");
            }

            progress?.Invoke(line + string.Create(CultureInfo.InvariantCulture, $", {learner.FeatureCount} features, {clock.Elapsed.TotalSeconds:F0}s"));
        }

        var weights = learner.Average(options.PruneBelow);
        var hyper = new SortedDictionary<string, string>(manifest.Hyperparameters, StringComparer.Ordinal)
        {
            ["labels"] = "BILOU over " + string.Join(",", BilouLabels.Types),
            ["decoder"] = "greedy, constrained transitions, document memory",
            ["pruneBelow"] = options.PruneBelow.ToString(CultureInfo.InvariantCulture),
            ["flags"] = string.Join(",", options.FlagNames),
            ["clusters"] = options.Clusters is null ? "none" : options.Clusters.Words.Count.ToString(CultureInfo.InvariantCulture) + " words (a copy is kept in the model file)",
        };
        var figures = new SortedDictionary<string, double>(manifest.Figures, StringComparer.Ordinal);
        if (dev is not null)
        {
            var score = Evaluate(weights, options.Clusters, dev);
            figures["devF1"] = Math.Round(score.F1, 2);
        }

        var completed = manifest with { Seed = options.Seed, Epochs = options.Epochs, Hyperparameters = hyper, Figures = figures };
        return new PerceptronEntityRecognizer(new EntityModel(weights, [.. options.FlagNames], options.Clusters, completed));
    }

    /// <summary>Exact-span figures of <paramref name="recognizer"/> on gold documents (their flags filled).</summary>
    public static EntityScore Evaluate(PerceptronEntityRecognizer recognizer, IReadOnlyList<EntityTrainingDocument> gold)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        return Evaluate(recognizer.Model.Weights, recognizer.Clusters, gold);
    }

    private static EntityScore Evaluate(IClassScorer scorer, Tagging.WordClusters? clusters, IReadOnlyList<EntityTrainingDocument> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var scratch = new EntityScratch();
        int types = BilouLabels.Types.Count;
        var goldCount = new int[types];
        var predCount = new int[types];
        var correct = new int[types];
        var predicted = new List<EntitySpan>();
        foreach (var doc in gold)
        {
            var labels = new int[doc.TokenCount];
            EntityDecoder.Run(scorer, clusters, doc.Text, doc.Starts, doc.Ends, doc.Flags, doc.Boundaries, labels, scratch);
            predicted.Clear();
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                BilouLabels.Decode(labels.AsSpan(doc.Boundaries[s], doc.Boundaries[s + 1] - doc.Boundaries[s]), doc.Boundaries[s], predicted);
            }

            var goldSpans = doc.GoldSpans();
            var goldSet = new HashSet<EntitySpan>(goldSpans);
            foreach (var g in goldSpans)
            {
                goldCount[g.Type]++;
            }

            foreach (var p in predicted)
            {
                // A corpus without MISC cannot judge MISC guesses: they are not counted.
                if (doc.LacksMisc && p.Type == 3)
                {
                    continue;
                }

                predCount[p.Type]++;
                correct[p.Type] += goldSet.Contains(p) ? 1 : 0;
            }
        }

        var byType = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        for (int t = 0; t < types; t++)
        {
            byType[BilouLabels.Types[t]] = (goldCount[t], predCount[t], correct[t]);
        }

        return new EntityScore(byType);
    }
}

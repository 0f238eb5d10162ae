using System.Diagnostics;
using System.Globalization;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Tagging;
using Wirewatch.Models.Training;

namespace Wirewatch.Models.Parsing;

/// <summary>Trains an <see cref="ArcHybridParser"/> with the dynamic oracle; deterministic for a given seed.</summary>
public static class ArcHybridParserTrainer
{
    private static readonly int[] PruneLevels = [0, 3, 5, 7, 9];

    /// <summary>
    /// Trains on <paramref name="train"/> (needing heads and relations) with the XPOS tags in
    /// <paramref name="trainTags"/> (predicted tags, so that training sees the tagger's errors), reporting dev
    /// scores after every epoch when <paramref name="dev"/> and <paramref name="devTags"/> are given. Word clusters,
    /// when given in the options, become features and are stored in the model.
    /// </summary>
    public static ArcHybridParser Train(
        IReadOnlyList<AnnotatedSentence> train,
        IReadOnlyList<SentenceTags> trainTags,
        IReadOnlyList<AnnotatedSentence>? dev,
        IReadOnlyList<SentenceTags>? devTags,
        ParserTrainingOptions options,
        ModelManifest manifest,
        TrainingProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(trainTags);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(manifest);
        var relationNames = new SortedSet<string>(StringComparer.Ordinal) { ArcHybridTransitions.RootRelation };
        foreach (var sentence in train)
        {
            if (sentence.Heads is null || sentence.Relations is null)
            {
                throw new ArgumentException("Every training sentence needs heads and relations.", nameof(train));
            }

            relationNames.UnionWith(sentence.Relations);
        }

        var relations = new LabelSet([.. relationNames]);
        var transitions = new ArcHybridTransitions(relations);
        var samples = new List<Sample>(train.Count);
        int lifted = 0, skipped = 0;
        for (int s = 0; s < train.Count; s++)
        {
            var sample = Prepare(train[s], trainTags[s], relations, options.Clusters, options.Projectivize, ref lifted);
            if (sample is null)
            {
                skipped++;
                continue;
            }

            samples.Add(sample);
        }

        progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{samples.Count} training trees ({lifted} arcs lifted to projectivise, {skipped} sentences left out), {relations.Count} relations"));

        var learner = new AveragedPerceptron(ArcHybridTransitions.ClassCount, 1 << 20);
        var labelLearner = new AveragedPerceptron(relations.Count, 1 << 18);
        var oracle = new ArcHybridOracle();
        var scratch = new ParserScratch(relations.Count);
        var order = Shuffle.Identity(samples.Count);
        var random = new Random(options.Seed);
        var clock = Stopwatch.StartNew();
        ArcHybridParser? parser = null;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle.InPlace(order.AsSpan(), random);
            bool explore = epoch >= options.ExploreFromEpoch;
            long mistakes = 0, steps = 0;
            foreach (int index in order)
            {
                var sample = samples[index];
                int n = sample.Heads.Length;
                scratch.EnsureCapacity(n);
                sample.Words.CopyTo(scratch.Words, 0);
                sample.Tags.CopyTo(scratch.Tags, 0);
                sample.Clusters.CopyTo(scratch.Clusters, 0);
                sample.CoarseClusters.CopyTo(scratch.CoarseClusters, 0);
                sample.Suffixes.CopyTo(scratch.Suffixes, 0);
                oracle.Reset(sample.Heads, sample.Labels, n);
                mistakes += ArcHybridDecoder.Train(transitions, learner, labelLearner, oracle, scratch, n, explore, options.FollowProbability, random);
                steps += 2 * n;
            }

            bool last = epoch == options.Epochs;
            if (dev is not null || last)
            {
                parser = new ArcHybridParser(new ParserModel(relations, learner.Average(0f, options.MinUpdates), labelLearner.Average(0f, options.MinUpdates), options.Clusters, manifest));
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{options.Epochs}: {100.0 * mistakes / Math.Max(1, steps):F2}% non-optimal steps");
            if (dev is not null && devTags is not null && parser is not null)
            {
                var score = Evaluate(parser, dev, devTags);
                line += string.Create(CultureInfo.InvariantCulture, $", dev UAS {score.Uas:F2} LAS {score.Las:F2}");
            }

            progress?.Invoke(line + string.Create(CultureInfo.InvariantCulture, $", {learner.FeatureCount} + {labelLearner.FeatureCount} features, {clock.Elapsed.TotalSeconds:F0}s"));
        }

        if (dev is not null && devTags is not null && progress is not null && options.ReportStorage)
        {
            var exact = Evaluate(transitions, learner.AveragedScorer(), labelLearner.AveragedScorer(), options.Clusters, dev, devTags);
            progress(string.Create(CultureInfo.InvariantCulture, $"float weights: dev UAS {exact.Uas:F2} LAS {exact.Las:F2}"));
            foreach (int prune in PruneLevels)
            {
                var weights = learner.Average(0f, prune);
                var labelWeights = labelLearner.Average(0f, prune);
                var score = Evaluate(transitions, weights, labelWeights, options.Clusters, dev, devTags);
                progress(string.Create(CultureInfo.InvariantCulture, $"stored weights, min updates {prune}: dev UAS {score.Uas:F2} LAS {score.Las:F2}, {(weights.SizeInBytes + labelWeights.SizeInBytes) / 1048576.0:F1} MB, {weights.FeatureCount} + {labelWeights.FeatureCount} features"));
            }
        }

        var hyper = new SortedDictionary<string, string>(manifest.Hyperparameters, StringComparer.Ordinal)
        {
            ["transitionSystem"] = "arc-hybrid, root at the end, single root; relations by a separate classifier",
            ["oracle"] = "dynamic (Goldberg and Nivre 2013)",
            ["exploreFromEpoch"] = options.ExploreFromEpoch.ToString(CultureInfo.InvariantCulture),
            ["followProbability"] = options.FollowProbability.ToString(CultureInfo.InvariantCulture),
            ["nonProjective"] = options.Projectivize ? "lifted" : "left out",
            ["clusters"] = options.Clusters is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{options.Clusters.Words.Count} words ({options.Clusters.Manifest?.Command ?? "given"})"),
            ["minUpdates"] = options.MinUpdates.ToString(CultureInfo.InvariantCulture),
        };
        var figures = new SortedDictionary<string, double>(manifest.Figures, StringComparer.Ordinal);
        if (dev is not null && devTags is not null)
        {
            var score = Evaluate(parser!, dev, devTags);
            figures["devUas"] = Math.Round(score.Uas, 2);
            figures["devLas"] = Math.Round(score.Las, 2);
        }

        var completed = manifest with { Seed = options.Seed, Epochs = options.Epochs, Hyperparameters = hyper, Figures = figures };
        return new ArcHybridParser(new ParserModel(relations, parser!.Model.Weights, parser.Model.LabelWeights, options.Clusters, completed));
    }

    /// <summary>UAS and LAS of <paramref name="parser"/> on gold trees, parsing with the given XPOS tags.</summary>
    public static ParsingScore Evaluate(ArcHybridParser parser, IReadOnlyList<AnnotatedSentence> gold, IReadOnlyList<SentenceTags> tags)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return Evaluate(parser.Model.Transitions, parser.Model.Weights, parser.Model.LabelWeights, parser.Model.Clusters, gold, tags);
    }

    private static ParsingScore Evaluate(ArcHybridTransitions transitions, IClassScorer scorer, IClassScorer labelScorer, WordClusters? clusters, IReadOnlyList<AnnotatedSentence> gold, IReadOnlyList<SentenceTags> tags)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(tags);
        var scratch = new ParserScratch(transitions.Relations);
        var relations = transitions.RelationNames;
        int words = 0, uas = 0, las = 0, lasFull = 0;
        for (int s = 0; s < gold.Count; s++)
        {
            var sentence = gold[s];
            int n = sentence.Count;
            scratch.EnsureCapacity(n);
            ArcHybridParser.FillAtoms(sentence.Text, sentence.Starts, sentence.Ends, tags[s].Upos, tags[s].Xpos, clusters, scratch);
            var state = ArcHybridDecoder.Parse(transitions, scorer, labelScorer, scratch, n);
            for (int i = 0; i < n; i++)
            {
                words++;
                int head = state.Heads[i] == n ? 0 : state.Heads[i] + 1;
                if (head == sentence.Heads![i])
                {
                    uas++;
                    var predicted = relations[state.Labels[i]];
                    var expected = sentence.Relations![i];
                    las += Universal(predicted).SequenceEqual(Universal(expected)) ? 1 : 0;
                    lasFull += predicted == expected ? 1 : 0;
                }
            }
        }

        double Percent(int n) => words == 0 ? 0 : 100.0 * n / words;
        return new ParsingScore(words, Percent(uas), Percent(las), Percent(lasFull));
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    private static Sample? Prepare(AnnotatedSentence sentence, SentenceTags tags, LabelSet relations, WordClusters? clusters, bool projectivize, ref int lifted)
    {
        int n = sentence.Count;
        var heads = new int[n];
        int roots = 0;
        for (int i = 0; i < n; i++)
        {
            heads[i] = sentence.Heads![i] - 1;
            if (heads[i] < -1 || heads[i] >= n)
            {
                return null;
            }

            roots += heads[i] < 0 ? 1 : 0;
        }

        if (roots != 1)
        {
            return null;
        }

        if (!Projectivizer.IsProjective(heads))
        {
            if (!projectivize)
            {
                return null;
            }

            lifted += Projectivizer.Lift(heads);
        }

        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = relations.IdOf(sentence.Relations![i]);
            if (heads[i] < 0)
            {
                heads[i] = n;
                labels[i] = relations.IdOf(ArcHybridTransitions.RootRelation);
            }
        }

        var scratch = new ParserScratch(1, n);
        ArcHybridParser.FillAtoms(sentence.Text, sentence.Starts, sentence.Ends, tags.Upos, tags.Xpos, clusters, scratch);
        return new Sample(heads, labels, scratch.Words[..(n + 1)], scratch.Tags[..(n + 1)], scratch.Clusters[..(n + 1)], scratch.CoarseClusters[..(n + 1)], scratch.Suffixes[..(n + 1)]);
    }

    private sealed record Sample(int[] Heads, int[] Labels, ulong[] Words, ulong[] Tags, ulong[] Clusters, ulong[] CoarseClusters, ulong[] Suffixes);
}

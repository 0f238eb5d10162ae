using System.Diagnostics;
using System.Globalization;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Training;

namespace Wirewatch.Models.Tagging;

/// <summary>Trains a <see cref="PerceptronTagger"/> from gold sentences; deterministic for a given seed.</summary>
public static class PerceptronTaggerTrainer
{
    private static readonly int[] PruneLevels = [0, 3, 5, 7, 9];

    /// <summary>Folds for the training-time ambiguity classes.</summary>
    private const int AmbiguityFolds = 10;

    /// <summary>
    /// Trains on <paramref name="train"/> (each needs UPOS and XPOS), reports dev accuracy after every epoch when
    /// <paramref name="dev"/> is given, and returns the tagger with <paramref name="manifest"/> completed by the
    /// settings and the final dev figures.
    /// </summary>
    public static PerceptronTagger Train(
        IReadOnlyList<AnnotatedSentence> train,
        IReadOnlyList<AnnotatedSentence>? dev,
        TaggerTrainingOptions options,
        ModelManifest manifest,
        TrainingProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(manifest);
        var lexicon = BuildLexicon(train, options, fold: -1);

        // Ambiguity classes of training words come from the other folds, so that training sees unseen words
        // and incomplete classes as often as new text will; the saved lexicon uses all the data.
        var foldLexicons = new TaggerLexicon[AmbiguityFolds];
        for (int f = 0; f < AmbiguityFolds; f++)
        {
            foldLexicons[f] = options.AmbiguityClasses ? BuildLexicon(train, options, f) : lexicon;
        }

        int labelCount = lexicon.Labels.Count;
        var gold = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            gold[s] = LabelsOf(train[s], lexicon);
        }

        var first = new AveragedPerceptron(labelCount, 1 << 18);
        var second = options.TwoPass ? new AveragedPerceptron(labelCount, 1 << 18) : null;
        var scratch = new TaggerScratch(labelCount);
        var output = new int[256];
        var order = Shuffle.Identity(train.Count);
        var random = new Random(options.Seed);
        PerceptronTagger? tagger = null;
        var clock = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle.InPlace(order.AsSpan(), random);
            int correct = 0, words = 0;
            foreach (int s in order)
            {
                var sentence = train[s];
                if (output.Length < sentence.Count)
                {
                    output = new int[sentence.Count * 2];
                }

                TaggerDecoder.Run(foldLexicons[s % AmbiguityFolds], first, second, sentence.Text, sentence.Starts, sentence.Ends, output, scratch, gold[s], first, second);
                for (int i = 0; i < sentence.Count; i++)
                {
                    correct += output[i] == gold[s][i] ? 1 : 0;
                }

                words += sentence.Count;
            }

            bool last = epoch == options.Epochs;
            if (dev is not null || last)
            {
                tagger = new PerceptronTagger(new TaggerModel(lexicon, first.Average(0f, options.MinUpdates), second?.Average(0f, options.MinUpdates), manifest));
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{options.Epochs}: train {100.0 * correct / Math.Max(1, words):F2}% (online)");
            if (dev is not null && tagger is not null)
            {
                var score = Evaluate(tagger, dev);
                line += string.Create(CultureInfo.InvariantCulture, $", dev UPOS {score.Upos:F2} XPOS {score.Xpos:F2}");
            }

            progress?.Invoke(line + string.Create(CultureInfo.InvariantCulture, $", {first.FeatureCount + (second?.FeatureCount ?? 0)} features, {clock.Elapsed.TotalSeconds:F0}s"));
        }

        if (dev is not null && progress is not null && options.ReportStorage)
        {
            ReportStorage(lexicon, first, second, dev, progress);
        }

        var hyper = new SortedDictionary<string, string>(manifest.Hyperparameters, StringComparer.Ordinal)
        {
            ["twoPass"] = options.TwoPass ? "true" : "false",
            ["dictionaryMinCount"] = options.DictionaryMinCount.ToString(CultureInfo.InvariantCulture),
            ["dictionaryMinShare"] = options.DictionaryMinShare.ToString(CultureInfo.InvariantCulture),
            ["minUpdates"] = options.MinUpdates.ToString(CultureInfo.InvariantCulture),
            ["labels"] = "UPOS|XPOS pairs",
            ["ambiguityClasses"] = options.AmbiguityClasses ? "true" : "false",
            ["clusters"] = options.Clusters is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{options.Clusters.Words.Count} words ({options.Clusters.Manifest?.Command ?? "given"})"),
        };
        var figures = new SortedDictionary<string, double>(manifest.Figures, StringComparer.Ordinal);
        var final = tagger!;
        if (dev is not null)
        {
            var score = Evaluate(final, dev);
            figures["devUpos"] = Math.Round(score.Upos, 2);
            figures["devXpos"] = Math.Round(score.Xpos, 2);
        }

        var completed = manifest with { Seed = options.Seed, Epochs = options.Epochs, Hyperparameters = hyper, Figures = figures };
        return new PerceptronTagger(new TaggerModel(lexicon, final.Model.FirstPass, final.Model.SecondPass, completed));
    }

    /// <summary>UPOS and XPOS accuracy of <paramref name="tagger"/> on gold-tokenised sentences.</summary>
    public static TaggingScore Evaluate(PerceptronTagger tagger, IReadOnlyList<AnnotatedSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return Evaluate(tagger.Model.Lexicon, tagger.Model.FirstPass, tagger.Model.SecondPass, gold);
    }

    private static TaggingScore Evaluate(TaggerLexicon lexicon, IClassScorer first, IClassScorer? second, IReadOnlyList<AnnotatedSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var scratch = new TaggerScratch(lexicon.Labels.Count);
        var labels = new int[256];
        int words = 0, upos = 0, xpos = 0, both = 0;
        foreach (var sentence in gold)
        {
            if (labels.Length < sentence.Count)
            {
                labels = new int[sentence.Count * 2];
            }

            TaggerDecoder.Run(lexicon, first, second, sentence.Text, sentence.Starts, sentence.Ends, labels, scratch);
            for (int i = 0; i < sentence.Count; i++)
            {
                bool u = lexicon.Upos[labels[i]].ToString() == sentence.Upos![i];
                bool x = lexicon.Xpos[labels[i]] == sentence.Xpos![i];
                upos += u ? 1 : 0;
                xpos += x ? 1 : 0;
                both += u && x ? 1 : 0;
            }

            words += sentence.Count;
        }

        double Percent(int n) => words == 0 ? 0 : 100.0 * n / words;
        return new TaggingScore(words, Percent(upos), Percent(xpos), Percent(both));
    }

    /// <summary>Reports dev accuracy with exact float weights and with stored (half, pruned) weights at several pruning levels.</summary>
    private static void ReportStorage(TaggerLexicon lexicon, AveragedPerceptron first, AveragedPerceptron? second, IReadOnlyList<AnnotatedSentence> dev, TrainingProgress progress)
    {
        var exact = Evaluate(lexicon, first.AveragedScorer(), second?.AveragedScorer(), dev);
        progress(string.Create(CultureInfo.InvariantCulture, $"float weights: dev UPOS {exact.Upos:F2} XPOS {exact.Xpos:F2}"));
        foreach (int prune in PruneLevels)
        {
            var a = first.Average(0f, prune);
            var b = second?.Average(0f, prune);
            var score = Evaluate(lexicon, a, b, dev);
            long bytes = a.SizeInBytes + (b?.SizeInBytes ?? 0);
            progress(string.Create(CultureInfo.InvariantCulture, $"stored weights, min updates {prune}: dev UPOS {score.Upos:F2} XPOS {score.Xpos:F2}, {bytes / 1048576.0:F1} MB"));
        }
    }

    /// <param name="train">The training sentences.</param>
    /// <param name="options">The settings.</param>
    /// <param name="fold">When not -1, ambiguity classes leave out the sentences of this fold (sentence i is in fold i mod <see cref="AmbiguityFolds"/>).</param>
    private static TaggerLexicon BuildLexicon(IReadOnlyList<AnnotatedSentence> train, TaggerTrainingOptions options, int fold)
    {
        var labels = new SortedSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        for (int s = 0; s < train.Count; s++)
        {
            var sentence = train[s];
            if (sentence.Upos is null || sentence.Xpos is null)
            {
                throw new ArgumentException("Every training sentence needs UPOS and XPOS.", nameof(train));
            }

            for (int i = 0; i < sentence.Count; i++)
            {
                var label = TaggerLexicon.Join(sentence.Upos[i], sentence.Xpos[i]);
                labels.Add(label);
                if (!counts.TryGetValue(sentence.Forms[i], out var byLabel))
                {
                    counts[sentence.Forms[i]] = byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                byLabel[label] = byLabel.GetValueOrDefault(label) + 1;
                if (s % AmbiguityFolds != fold)
                {
                    if (!seen.TryGetValue(sentence.Forms[i], out var tags))
                    {
                        seen[sentence.Forms[i]] = tags = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    tags.Add(sentence.Xpos[i]);
                }
            }
        }

        var labelSet = new LabelSet([.. labels]);
        var words = new List<string>();
        var wordLabels = new List<int>();
        foreach (var word in counts.Keys.Order(StringComparer.Ordinal))
        {
            var byLabel = counts[word];
            int total = 0;
            string? best = null;
            int bestCount = 0;
            foreach (var (label, count) in byLabel.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                total += count;
                if (count > bestCount)
                {
                    best = label;
                    bestCount = count;
                }
            }

            if (total >= options.DictionaryMinCount && bestCount >= options.DictionaryMinShare * total)
            {
                words.Add(word);
                wordLabels.Add(labelSet.IdOf(best!));
            }
        }

        // Ambiguity classes: the XPOS tags each training word was seen with.
        var ambiguityWords = new List<string>();
        var ambiguityIds = new List<int>();
        var classIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var classNames = new List<string>();
        if (options.AmbiguityClasses)
        {
            foreach (var word in seen.Keys.Order(StringComparer.Ordinal))
            {
                var name = string.Join('|', seen[word]);
                if (!classIds.TryGetValue(name, out int id))
                {
                    classIds[name] = id = classNames.Count;
                    classNames.Add(name);
                }

                ambiguityWords.Add(word);
                ambiguityIds.Add(id);
            }
        }

        return new TaggerLexicon(labelSet, words, wordLabels, options.Clusters, ambiguityWords, ambiguityIds, classNames);
    }

    private static int[] LabelsOf(AnnotatedSentence sentence, TaggerLexicon lexicon)
    {
        var ids = new int[sentence.Count];
        for (int i = 0; i < sentence.Count; i++)
        {
            ids[i] = lexicon.Labels.IdOf(TaggerLexicon.Join(sentence.Upos![i], sentence.Xpos![i]));
        }

        return ids;
    }
}

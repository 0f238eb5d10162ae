using System.Globalization;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Training;

namespace Wirewatch.Models.Tagging;

/// <summary>
/// Predicted tags for training data by jackknifing: the sentences are split into k folds (sentence i in fold
/// i mod k), and each fold is tagged by a tagger trained on the other folds. A parser trained on these tags sees
/// tagging errors like those it meets at run time.
/// </summary>
public static class JackknifeTagger
{
    /// <summary>The predicted tags of every sentence of <paramref name="sentences"/>.</summary>
    public static SentenceTags[] Predict(IReadOnlyList<AnnotatedSentence> sentences, int folds, TaggerTrainingOptions options, TrainingProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var result = new SentenceTags[sentences.Count];
        var manifest = new ModelManifest { Name = "jackknife", Version = PerceptronTagger.Version };

        // Folds are independent, so they may run in parallel without changing the result.
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, fold =>
        {
            var train = new List<AnnotatedSentence>();
            for (int i = 0; i < sentences.Count; i++)
            {
                if (i % folds != fold)
                {
                    train.Add(sentences[i]);
                }
            }

            var tagger = PerceptronTaggerTrainer.Train(train, null, options, manifest);
            int correct = 0, words = 0;
            for (int i = fold; i < sentences.Count; i += folds)
            {
                var sentence = sentences[i];
                // The model's tags alone: the acronym rule is a run-time correction for news text, and leaving it
                // out keeps a parser's training data, and so the parser, the same when that rule changes.
                var tags = tagger.Tag(sentence, acronymRule: false);
                for (int w = 0; w < sentence.Count; w++)
                {
                    correct += sentence.Xpos is not null && tags.Xpos[w] == sentence.Xpos[w] ? 1 : 0;
                }

                words += sentence.Count;
                result[i] = tags;
            }

            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"jackknife fold {fold + 1}/{folds}: XPOS {100.0 * correct / Math.Max(1, words):F2} on the held-out fold"));
        });

        return result;
    }
}

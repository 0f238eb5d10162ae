using System.Globalization;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Training;

namespace Wirewatch.Events.Templates;

/// <summary>Trains a <see cref="RoleTagger"/> from documents with gold role fillers; deterministic for a given seed.</summary>
public static class RoleTaggerTrainer
{
    /// <summary>
    /// Aligns the gold mention strings to tokens, trains the perceptron for the given epochs (documents shuffled
    /// per epoch under the seed) and returns the averaged model with the default decoding options.
    /// </summary>
    public static RoleTagger Train(IReadOnlyList<RoleTrainingDocument> train, RoleTrainingOptions options, ModelManifest manifest, TrainingProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(manifest);
        var sequences = new RoleSequence[train.Count];
        var gold = new int[train.Count][];
        int aligned = 0, tokens = 0;
        Parallel.For(0, train.Count, d => sequences[d] = RoleSequence.Create(train[d].Text, options.Clusters, options.Syntax));
        for (int d = 0; d < train.Count; d++)
        {
            gold[d] = RoleSpanAligner.Labels(sequences[d], train[d].Roles, options.Alignment);
            tokens += sequences[d].Count;
            foreach (int l in gold[d])
            {
                aligned += l != 0 && !TemplateRoles.IsInside(l) ? 1 : 0;
            }
        }

        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{train.Count} documents, {tokens} tokens, {aligned} gold mention spans placed ({options.Alignment})"));
        var learner = new AveragedPerceptron(TemplateRoles.LabelCount, 1 << 19);
        var order = Shuffle.Identity(train.Count);
        var random = new Random(options.Seed);
        var output = new int[1024];
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle.InPlace(order.AsSpan(), random);
            int errors = 0;
            foreach (int d in order)
            {
                var seq = sequences[d];
                if (output.Length < seq.Count)
                {
                    output = new int[seq.Count * 2];
                }

                errors += RoleDecoder.Run(learner, seq, output.AsSpan(0, seq.Count), 0f, learner, gold[d]);
            }

            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{options.Epochs}: {errors} token errors (online), {learner.FeatureCount} features"));
        }

        var weights = learner.Average(options.PruneBelow);
        var hyper = new SortedDictionary<string, string>(manifest.Hyperparameters, StringComparer.Ordinal)
        {
            ["labels"] = "BIO over " + string.Join(",", TemplateRoles.All),
            ["decoder"] = "greedy, constrained transitions",
            ["alignment"] = options.Alignment.ToString(),
            ["pruneBelow"] = options.PruneBelow.ToString(CultureInfo.InvariantCulture),
            ["syntax"] = options.Syntax is null ? "none" : "UPOS, phrase relation and governor, path to the nearest trigger (tagger and parser of this repository)",
            ["clusters"] = options.Clusters is null ? "none" : options.Clusters.Words.Count.ToString(CultureInfo.InvariantCulture) + " words (a copy is kept in the model file)",
        };
        var completed = manifest with { Seed = options.Seed, Epochs = options.Epochs, Hyperparameters = hyper };
        return RoleTagger.FromTraining(weights, options.Clusters, completed, RoleDecodingOptions.Default, options.Syntax);
    }
}

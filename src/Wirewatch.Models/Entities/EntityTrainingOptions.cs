namespace Wirewatch.Models.Entities;

/// <summary>Settings of <see cref="EntityRecognizerTrainer"/>; all of them are recorded in the model's manifest.</summary>
public sealed record EntityTrainingOptions
{
    public int Epochs { get; init; } = 12;

    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights below this fraction of the largest are dropped from the saved model.</summary>
    public float PruneBelow { get; init; }

    /// <summary>What each lexicon flag bit means (stored in the model and checked at load).</summary>
    public IReadOnlyList<string> FlagNames { get; init; } = [];

    /// <summary>
    /// Silver documents (<see cref="EntityTrainingDocument.IsSilver"/>) take part only in the first this many epochs,
    /// so that the gold data has the last word; null: in every epoch.
    /// </summary>
    public int? SilverEpochs { get; init; }

    /// <summary>Word clusters to use as features (their fingerprint is stored in the manifest), or null.</summary>
    public Tagging.WordClusters? Clusters { get; init; }
}

namespace Wirewatch.Models.Tagging;

/// <summary>Settings of <see cref="PerceptronTaggerTrainer"/>; all of them are recorded in the model's manifest.</summary>
public sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 8;

    public int Seed { get; init; } = 1;

    /// <summary>Train and use a second pass that sees pass one's tags to the right.</summary>
    public bool TwoPass { get; init; } = true;

    /// <summary>A word enters the tag dictionary when seen at least this often ...</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>... with one label at least this share of the time.</summary>
    public double DictionaryMinShare { get; init; } = 0.99;

    /// <summary>Features that took part in fewer updates are left out of the saved model (each update counts twice).</summary>
    public int MinUpdates { get; init; }

    /// <summary>After training, report dev accuracy with float weights and at several pruning levels (diagnostic).</summary>
    public bool ReportStorage { get; init; }

    /// <summary>
    /// Use the set of tags each training word was seen with as a feature of it and its neighbours (jackknifed over
    /// ten folds during training). Off by default: on EWT dev it did not help (95.38 against 95.42 UPOS).
    /// </summary>
    public bool AmbiguityClasses { get; init; }

    /// <summary>Word clusters to use as features, or null.</summary>
    public WordClusters? Clusters { get; init; }
}

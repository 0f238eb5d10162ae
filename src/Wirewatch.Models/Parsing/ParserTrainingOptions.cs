namespace Wirewatch.Models.Parsing;

/// <summary>Settings of <see cref="ArcHybridParserTrainer"/>; all of them are recorded in the model's manifest.</summary>
public sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 8;

    public int Seed { get; init; } = 1;

    /// <summary>From this epoch on, the learner follows its own wrong guesses (1-based).</summary>
    public int ExploreFromEpoch { get; init; } = 2;

    /// <summary>How often a wrong guess is followed once exploring.</summary>
    public double FollowProbability { get; init; } = 0.9;

    /// <summary>Lift non-projective training trees (true) or leave those sentences out (false).</summary>
    public bool Projectivize { get; init; } = true;

    /// <summary>Word clusters to use as features (stored in the model), or null.</summary>
    public Tagging.WordClusters? Clusters { get; init; }

    /// <summary>After training, report dev scores with float weights and at several pruning levels (diagnostic).</summary>
    public bool ReportStorage { get; init; }

    /// <summary>Features that took part in fewer updates are left out of the saved model (each update counts twice).</summary>
    public int MinUpdates { get; init; }
}

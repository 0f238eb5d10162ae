using Wirewatch.Core.Pipeline;
using Wirewatch.Models.Tagging;

namespace Wirewatch.Events.Templates;

/// <summary>Settings of <see cref="RoleTaggerTrainer"/>.</summary>
public sealed record RoleTrainingOptions
{
    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 1;

    public RoleAlignment Alignment { get; init; } = RoleAlignment.All;

    public WordClusters? Clusters { get; init; }

    /// <summary>Tokenizer, splitter, tagger, lemmatizer and parser whose output the features read (null: words only).</summary>
    public Pipeline? Syntax { get; init; }

    /// <summary>Averaged weights below this fraction of the largest one are dropped (keeps the file small).</summary>
    public float PruneBelow { get; init; } = 0.001f;
}

namespace Wirewatch.Eval.Muc4;

/// <summary>How a predicted entity is compared with a gold entity in CEAF-REE (GRIT's two variants).</summary>
public enum Muc4Similarity
{
    /// <summary>1 when every predicted mention is a mention of the gold entity, else 0 (the figure GRIT reports).</summary>
    Strict,

    /// <summary>The number of gold mentions found among the predicted ones over the number of predicted mentions.</summary>
    Proportional,
}

namespace Wirewatch.Events.Templates;

/// <summary>Decisions made after tagging, tuned on the dev split and stored in the model.</summary>
/// <param name="OutsideBias">Subtracted from the O score: above 0 trades precision for recall.</param>
/// <param name="MergeContained">Also merge a mention into an entity when one normalised string contains the other.</param>
/// <param name="FirstMentionOnly">Write each entity with its first mention only (instead of all its distinct mentions).</param>
public sealed record RoleDecodingOptions(float OutsideBias, bool MergeContained, bool FirstMentionOnly)
{
    public static RoleDecodingOptions Default { get; } = new(0f, true, false);
}

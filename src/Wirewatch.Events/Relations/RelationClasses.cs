namespace Wirewatch.Events.Relations;

/// <summary>
/// The classes of the learned relation model: none, or one of the record's predicates with its direction over a pair
/// (A before B in the text): forward means A is the subject. re3d's types map onto predicates: BelongsTo → member-of,
/// InChargeOf → leader-of, CoLocated → located-in (source to target), FightingAgainst and Dislikes → rival-of,
/// AlliesOf and Likes → affiliated-with (these two are symmetric: the first mention is the subject). Class ids are part
/// of the model format: never renumber them.
/// </summary>
internal static class RelationClasses
{
    public const int None = 0;

    public const int Count = 9;

    private static readonly string[] Predicates =
        ["", "member-of", "member-of", "leader-of", "leader-of", "located-in", "located-in", "rival-of", "affiliated-with"];

    /// <summary>The record's predicate of a class (not <see cref="None"/>).</summary>
    public static string Predicate(int c) => Predicates[c];

    /// <summary>Whether the second mention of the pair is the subject.</summary>
    public static bool Reversed(int c) => c is 2 or 4 or 6;

    /// <summary>The class of a gold re3d type whose source is the first mention (<paramref name="forward"/>) or the second; -1 for types not learned.</summary>
    public static int Of(string type, bool forward) => type switch
    {
        "BelongsTo" => forward ? 1 : 2,
        "InChargeOf" => forward ? 3 : 4,
        "CoLocated" => forward ? 5 : 6,
        "FightingAgainst" or "Dislikes" => 7,
        "AlliesOf" or "Likes" => 8,
        _ => -1,
    };

    /// <summary>When one pair has several gold types, the lower rank wins (the more specific tie first).</summary>
    public static int Rank(string type) => type switch
    {
        "InChargeOf" => 0,
        "BelongsTo" => 1,
        "FightingAgainst" => 2,
        "AlliesOf" => 3,
        "Likes" => 4,
        "Dislikes" => 5,
        "CoLocated" => 6,
        _ => 7,
    };

    /// <summary>The index of a predicate among the record's seven (for the rule-match feature), -1 if unknown.</summary>
    public static int PredicateIndex(string predicate) => predicate switch
    {
        "allegiance" => 0,
        "affiliated-with" => 1,
        "rival-of" => 2,
        "backed-by" => 3,
        "leader-of" => 4,
        "member-of" => 5,
        "located-in" => 6,
        _ => -1,
    };
}

using System.Collections.Frozen;

namespace Wirewatch.Events.Templates;

/// <summary>
/// MUC-4 incident type of a document from its words: the most frequent of bombing, kidnapping, arson and robbery
/// cue words, else attack (the commonest type).
/// </summary>
public static class IncidentTypeGuesser
{
    private static readonly FrozenDictionary<string, string> Cues = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bomb"] = "bombing", ["bombs"] = "bombing", ["bombing"] = "bombing", ["bombings"] = "bombing", ["bombed"] = "bombing",
        ["explosion"] = "bombing", ["exploded"] = "bombing", ["dynamite"] = "bombing", ["explosive"] = "bombing", ["explosives"] = "bombing",
        ["car-bomb"] = "bombing", ["blast"] = "bombing",
        ["kidnapped"] = "kidnapping", ["kidnapping"] = "kidnapping", ["kidnappers"] = "kidnapping", ["abducted"] = "kidnapping", ["hostage"] = "kidnapping", ["hostages"] = "kidnapping",
        ["arson"] = "arson", ["burned"] = "arson", ["torched"] = "arson", ["incendiary"] = "arson",
        ["robbery"] = "robbery", ["robbed"] = "robbery", ["stole"] = "robbery", ["looted"] = "robbery",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Types = ["bombing", "kidnapping", "arson", "robbery"];

    /// <summary>The incident type cued most often by the words of <paramref name="words"/>.</summary>
    public static string Guess(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var counts = new int[Types.Length];
        foreach (var w in words)
        {
            if (Cues.TryGetValue(w.ToLowerInvariant(), out var type))
            {
                counts[Array.IndexOf(Types, type)]++;
            }
        }

        int best = -1;
        for (int t = 0; t < Types.Length; t++)
        {
            if (counts[t] > 0 && (best < 0 || counts[t] > counts[best]))
            {
                best = t;
            }
        }

        return best < 0 ? "attack" : Types[best];
    }
}

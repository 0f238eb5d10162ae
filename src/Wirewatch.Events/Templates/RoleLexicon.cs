using System.Collections.Frozen;

namespace Wirewatch.Events.Templates;

/// <summary>
/// Small closed word lists the role tagger's features lean on: event trigger words grouped by class (a word's class,
/// not the word, generalises across "killed"/"murdered"), prepositions, and the words that mark an incident type.
/// </summary>
internal static class RoleLexicon
{
    // Declared first: the tables below are built from it during type initialisation.
    private static readonly (int Class, string[] Words)[] TriggerClasses =
    [
        (1, ["attack", "attacked", "attacks", "attacking", "assault", "assaulted", "raid", "raided", "ambush", "ambushed", "ambushes", "clash", "clashes", "clashed", "fight", "fighting", "offensive", "harassment", "harassed", "sabotage", "sabotaged"]),
        (2, ["kill", "killed", "kills", "killing", "killings", "dead", "death", "deaths", "died", "die", "slain", "massacre", "massacred", "massacres", "casualties", "victims", "victim", "bodies", "body"]),
        (3, ["murder", "murdered", "murders", "assassinated", "assassination", "assassinate", "assassinations", "executed", "execution", "murderers", "assassins", "assassin"]),
        (4, ["bomb", "bombs", "bombing", "bombings", "bombed", "explosion", "explosions", "exploded", "explode", "blast", "blew", "dynamite", "dynamited", "explosive", "explosives", "detonated", "car-bomb", "grenade", "grenades", "mine", "mines"]),
        (5, ["kidnap", "kidnapped", "kidnapping", "kidnappings", "kidnappers", "abducted", "abduction", "abductors", "hostage", "hostages", "captive", "captors", "seized", "released"]),
        (6, ["burn", "burned", "burnt", "burning", "set", "fire", "arson", "torched", "incendiary"]),
        (7, ["shot", "shoot", "shooting", "fired", "gunfire", "gunmen", "machinegunned", "machine-gunned", "riddled", "rifle", "rifles", "machineguns", "weapons"]),
        (8, ["wounded", "injured", "injuring", "wounding", "wounds", "injuries", "hurt"]),
        (9, ["destroyed", "damaged", "damage", "destruction", "destroying", "destroy"]),
        (10, ["responsibility", "claimed", "perpetrated", "committed", "carried", "blamed", "accused", "responsible", "perpetrators", "authors"]),
        (11, ["robbed", "robbery", "stole", "stolen", "looted"]),
        (12, ["threatened", "threat", "threats", "warned"]),
    ];

    /// <summary>Trigger word → class id (1-based; 0 = not a trigger).</summary>
    public static FrozenDictionary<string, int> Triggers { get; } = BuildTriggers();

    public static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup { get; } = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenSet<string> Prepositions { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "by", "against", "of", "with", "in", "at", "on", "from", "to", "near", "for", "into", "inside", "outside", "behind", "using", "between", "among", "including");

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup { get; } = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int> BuildTriggers()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (cls, words) in TriggerClasses)
        {
            foreach (var w in words)
            {
                d.TryAdd(w, cls);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

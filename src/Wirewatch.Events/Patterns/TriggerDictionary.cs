using System.Collections.Frozen;
using Wirewatch.Core.Errors;
using Wirewatch.Events.Ontology;

namespace Wirewatch.Events.Patterns;

/// <summary>
/// The trigger patterns indexed by head lemma, one table for verbs and one for nouns (FrozenDictionary with a
/// span lookup). Within a lemma, patterns with more conditions come first, so the most specific one that holds
/// wins. Curated entries replace imported ones for the same lemma and part of speech. Immutable, thread-safe.
/// </summary>
public sealed class TriggerDictionary
{
    /// <summary>The hand-curated file.</summary>
    public const string CuratedFile = "triggers-curated.tsv";

    /// <summary>The file converted from PETRARCH-2's CAMEO verb dictionary by <c>wirewatch train events</c>.</summary>
    public const string ImportedFile = "triggers-petrarch.tsv";

    private static readonly string[] DefaultVerbActors = ["nsubj", "obl:by", "obl:agent"];
    private static readonly string[] DefaultVerbRecipients = ["obj", "nsubj:pass", "obl:on", "obl:against", "obl:at"];
    private static readonly string[] DefaultNounActors = ["nmod:by", "nmod:poss"];
    private static readonly string[] DefaultNounRecipients = ["nmod:of", "nmod:on", "nmod:against", "nmod:at", "compound"];

    private readonly FrozenDictionary<string, TriggerPattern[]> _verbs;
    private readonly FrozenDictionary<string, TriggerPattern[]> _nouns;
    private readonly FrozenDictionary<string, TriggerPattern[]>.AlternateLookup<ReadOnlySpan<char>> _verbLookup;
    private readonly FrozenDictionary<string, TriggerPattern[]>.AlternateLookup<ReadOnlySpan<char>> _nounLookup;

    /// <summary>Builds the tables from patterns in priority order (curated first).</summary>
    public TriggerDictionary(IEnumerable<TriggerPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var verbs = new Dictionary<string, List<TriggerPattern>>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, List<TriggerPattern>>(StringComparer.Ordinal);
        int count = 0;
        foreach (var p in patterns)
        {
            var table = p.Pos == TriggerPos.Verb ? verbs : nouns;
            if (!table.TryGetValue(p.Lemma, out var list))
            {
                table[p.Lemma] = list = [];
            }
            else if (list[0].Curated && !p.Curated)
            {
                continue; // curated entries win over imported ones for this lemma
            }

            list.Add(p);
            count++;
        }

        Count = count;
        _verbs = Freeze(verbs);
        _nouns = Freeze(nouns);
        _verbLookup = _verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        _nounLookup = _nouns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many patterns the dictionary holds.</summary>
    public int Count { get; }

    /// <summary>Default actor relations of a verb or noun trigger.</summary>
    public static IReadOnlyList<string> DefaultActors(TriggerPos pos) => pos == TriggerPos.Verb ? DefaultVerbActors : DefaultNounActors;

    /// <summary>Default recipient relations of a verb or noun trigger.</summary>
    public static IReadOnlyList<string> DefaultRecipients(TriggerPos pos) => pos == TriggerPos.Verb ? DefaultVerbRecipients : DefaultNounRecipients;

    /// <summary>The patterns of a lemma, most specific first; empty when none.</summary>
    public ReadOnlySpan<TriggerPattern> Find(ReadOnlySpan<char> lemma, TriggerPos pos)
    {
        var lookup = pos == TriggerPos.Verb ? _verbLookup : _nounLookup;
        return lookup.TryGetValue(lemma, out var patterns) ? patterns : [];
    }

    /// <summary>Reads triggers-curated.tsv and, when present, triggers-petrarch.tsv from <paramref name="eventsDirectory"/>; patterns are checked against the ontology.</summary>
    public static TriggerDictionary Load(string eventsDirectory, EventOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(ontology);
        var patterns = new List<TriggerPattern>();
        patterns.AddRange(ReadFile(Path.Combine(eventsDirectory, CuratedFile), curated: true, ontology));
        var imported = Path.Combine(eventsDirectory, ImportedFile);
        if (File.Exists(imported))
        {
            patterns.AddRange(ReadFile(imported, curated: false, ontology));
        }

        return new TriggerDictionary(patterns);
    }

    /// <summary>Reads one trigger file (format in the header of triggers-curated.tsv).</summary>
    public static List<TriggerPattern> ReadFile(string path, bool curated, EventOntology? ontology)
    {
        var result = new List<TriggerPattern>();
        string name = Path.GetFileName(path);
        foreach (var (line, f) in TsvFile.Read(path, 8))
        {
            var pos = f[1] switch
            {
                "verb" => TriggerPos.Verb,
                "noun" => TriggerPos.Noun,
                _ => throw new ModelLoadException(path, $"line {line}: part of speech '{f[1]}' is neither verb nor noun"),
            };
            string? type = f[3] == "FRAME" ? null : f[3];
            if (type is not null && ontology is not null && !ontology.IsType(type))
            {
                throw new ModelLoadException(path, $"line {line}: '{type}' is not a PLOVER type");
            }

            var conditions = new List<TriggerCondition>();
            if (TsvFile.Optional(f[2]) is { } when)
            {
                foreach (var part in when.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    int eq = part.IndexOf('=', StringComparison.Ordinal);
                    string rel = eq > 0 ? part[..eq] : string.Empty;
                    if (rel is not ("obj" or "prep" or "mod"))
                    {
                        throw new ModelLoadException(path, $"line {line}: condition '{part}' must be obj=..., prep=... or mod=...");
                    }

                    conditions.Add(new TriggerCondition(rel, part[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                }
            }

            IReadOnlyList<string>? actors = null, recipients = null;
            IReadOnlyList<string> events = [];
            if (TsvFile.Optional(f[6]) is { } roles)
            {
                foreach (var part in roles.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int eq = part.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new ModelLoadException(path, $"line {line}: role '{part}' must be role=relation,...");
                    }

                    string[] rels = part[(eq + 1)] == '-' ? [] : part[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries);
                    switch (part[..eq])
                    {
                        case "actor": actors = rels; break;
                        case "recipient": recipients = rels; break;
                        case "event": events = rels; break;
                        default: throw new ModelLoadException(path, $"line {line}: unknown role '{part[..eq]}' (actor, recipient, event)");
                    }
                }
            }

            if (type is null && events.Count == 0)
            {
                throw new ModelLoadException(path, $"line {line}: a FRAME needs an event=... role");
            }

            result.Add(new TriggerPattern
            {
                Lemma = f[0].ToLowerInvariant(),
                Pos = pos,
                Conditions = conditions,
                Type = type,
                Mode = TsvFile.Optional(f[4]),
                Cameo = TsvFile.Optional(f[5]),
                ActorRelations = actors,
                RecipientRelations = recipients,
                EventRelations = events,
                Status = TsvFile.Optional(f[7]),
                Curated = curated,
                Origin = $"{name}:{line}",
            });
        }

        return result;
    }

    // Sorted so that patterns with conditions come before the plain one of the same lemma (stable within a count).
    private static FrozenDictionary<string, TriggerPattern[]> Freeze(Dictionary<string, List<TriggerPattern>> table)
    {
        var frozen = new Dictionary<string, TriggerPattern[]>(table.Count, StringComparer.Ordinal);
        foreach (var (lemma, list) in table)
        {
            var array = list.ToArray();
            var keys = new int[array.Length];
            for (int i = 0; i < array.Length; i++)
            {
                keys[i] = (-array[i].Conditions.Count * 10000) + i;
            }

            Array.Sort(keys, array);
            frozen[lemma] = array;
        }

        return frozen.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

using System.Collections.Frozen;
using Wirewatch.Core.Errors;

namespace Wirewatch.Events.Ontology;

/// <summary>
/// The PLOVER ontology and the project's mappings, read once from data/ontology: event types, modes and
/// contexts (generated from PLOVER), the CAMEO→PLOVER map (generated), and the hand-written maps from PLOVER
/// type + mode + sectors to ACLED labels and GTD attack, weapon and target types. Immutable and thread-safe.
/// </summary>
public sealed class EventOntology
{
    private readonly FrozenDictionary<string, string> _types;
    private readonly FrozenDictionary<string, FrozenSet<string>> _modes;
    private readonly FrozenDictionary<string, string> _contexts;
    private readonly FrozenDictionary<string, CameoMapping> _cameo;
    private readonly AcledRule[] _acled;
    private readonly GtdRule[] _gtd;
    private readonly FrozenDictionary<string, string> _gtdTargets;

    private EventOntology(
        FrozenDictionary<string, string> types,
        FrozenDictionary<string, FrozenSet<string>> modes,
        FrozenDictionary<string, string> contexts,
        FrozenDictionary<string, CameoMapping> cameo,
        AcledRule[] acled,
        GtdRule[] gtd,
        FrozenDictionary<string, string> gtdTargets)
    {
        _types = types;
        _modes = modes;
        _contexts = contexts;
        _cameo = cameo;
        _acled = acled;
        _gtd = gtd;
        _gtdTargets = gtdTargets;
    }

    /// <summary>The PLOVER event types, upper case.</summary>
    public IReadOnlyCollection<string> Types => _types.Keys;

    /// <summary>The PLOVER general contexts.</summary>
    public IReadOnlyCollection<string> Contexts => _contexts.Keys;

    /// <summary>How many CAMEO codes the map holds.</summary>
    public int CameoCount => _cameo.Count;

    /// <summary>Reads the ontology files of <paramref name="ontologyDirectory"/> (data/ontology).</summary>
    public static EventOntology Load(string ontologyDirectory)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(ontologyDirectory, "plover-types.tsv"), 2))
        {
            types[f[0]] = f[1];
        }

        var modes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(ontologyDirectory, "plover-modes.tsv"), 2))
        {
            if (!modes.TryGetValue(f[0], out var set))
            {
                modes[f[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(f[1]);
        }

        var contexts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(ontologyDirectory, "plover-contexts.tsv"), 2))
        {
            contexts[f[0]] = f[1];
        }

        var cameo = new Dictionary<string, CameoMapping>(StringComparer.Ordinal);
        string cameoPath = Path.Combine(ontologyDirectory, "cameo-plover.tsv");
        foreach (var (line, f) in TsvFile.Read(cameoPath, 4))
        {
            if (!types.ContainsKey(f[1]))
            {
                throw new ModelLoadException(cameoPath, $"line {line}: '{f[1]}' is not a PLOVER type");
            }

            var ctx = TsvFile.Optional(f[3]) is { } c ? c.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            cameo.TryAdd(f[0], new CameoMapping(f[0], f[1], TsvFile.Optional(f[2]), ctx, f.Length > 4 ? f[4] : string.Empty));
        }

        var acled = new List<AcledRule>();
        string acledPath = Path.Combine(ontologyDirectory, "plover-acled.tsv");
        foreach (var (line, f) in TsvFile.Read(acledPath, 6))
        {
            if (!types.ContainsKey(f[0]))
            {
                throw new ModelLoadException(acledPath, $"line {line}: '{f[0]}' is not a PLOVER type");
            }

            acled.Add(new AcledRule(f[0], Any(f[1]), Any(f[2]), Any(f[3]), new AcledLabel(f[4], f[5]), line));
        }

        var gtd = new List<GtdRule>();
        string gtdPath = Path.Combine(ontologyDirectory, "plover-gtd.tsv");
        foreach (var (line, f) in TsvFile.Read(gtdPath, 4))
        {
            if (!types.ContainsKey(f[0]))
            {
                throw new ModelLoadException(gtdPath, $"line {line}: '{f[0]}' is not a PLOVER type");
            }

            gtd.Add(new GtdRule(f[0], Any(f[1]), TsvFile.Optional(f[2]), TsvFile.Optional(f[3]), line));
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(ontologyDirectory, "sector-gtd-target.tsv"), 2))
        {
            targets[f[0]] = f[1];
        }

        return new EventOntology(
            types.ToFrozenDictionary(StringComparer.Ordinal),
            modes.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal),
            contexts.ToFrozenDictionary(StringComparer.Ordinal),
            cameo.ToFrozenDictionary(StringComparer.Ordinal),
            [.. acled],
            [.. gtd],
            targets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="type"/> is a PLOVER event type.</summary>
    public bool IsType(string type) => _types.ContainsKey(type);

    /// <summary>Whether <paramref name="mode"/> is a PLOVER mode of <paramref name="type"/>.</summary>
    public bool IsMode(string type, string mode) => _modes.TryGetValue(type, out var set) && set.Contains(mode);

    /// <summary>Whether <paramref name="context"/> is a PLOVER context.</summary>
    public bool IsContext(string context) => _contexts.ContainsKey(context);

    /// <summary>The PLOVER reading of a CAMEO code; a code missing from the map falls back to its longest listed prefix ("1951" → "195").</summary>
    public CameoMapping? Cameo(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        for (int length = code.Length; length >= 2; length--)
        {
            if (_cameo.TryGetValue(code[..length], out var mapping))
            {
                return mapping;
            }
        }

        return null;
    }

    /// <summary>The ACLED label of a PLOVER event: the first rule of plover-acled.tsv whose fields all match (empty = any).</summary>
    public AcledLabel? Acled(string type, string? mode, string? actorSector, string? recipientSector)
    {
        foreach (var rule in _acled)
        {
            if (rule.Type == type && Matches(rule.Mode, mode) && Matches(rule.ActorSector, actorSector) && Matches(rule.RecipientSector, recipientSector))
            {
                return rule.Label.EventType == "-" ? null : rule.Label;
            }
        }

        return null;
    }

    /// <summary>The GTD reading of a PLOVER event (only types listed in plover-gtd.tsv); the target type comes from the recipient's sector or an explicit target.</summary>
    public GtdLabel? Gtd(string type, string? mode, string? recipientSector, string? explicitTarget)
    {
        foreach (var rule in _gtd)
        {
            if (rule.Type == type && Matches(rule.Mode, mode))
            {
                string? target = explicitTarget;
                if (target is null && recipientSector is not null)
                {
                    _gtdTargets.TryGetValue(recipientSector, out target);
                }

                return new GtdLabel(rule.AttackType, target ?? "Unknown", rule.WeaponType);
            }
        }

        return null;
    }

    private static string? Any(string field) => field is "*" or "-" or "" ? null : field;

    // A rule field of null matches anything; a set field needs an equal value ("MIL|REB" lists alternatives).
    private static bool Matches(string? ruleValue, string? value)
    {
        if (ruleValue is null)
        {
            return true;
        }

        if (value is null)
        {
            return false;
        }

        if (ruleValue.Contains('|', StringComparison.Ordinal))
        {
            foreach (var part in ruleValue.Split('|'))
            {
                if (part == value)
                {
                    return true;
                }
            }

            return false;
        }

        return ruleValue == value;
    }
}

using System.Collections.Frozen;
using System.Text.Json;
using Wirewatch.Actors;
using Wirewatch.Core.Errors;
using Wirewatch.Events.Ontology;

namespace Wirewatch.Events.Patterns;

/// <summary>
/// What nouns tell about an event: the mode of an actor or instrument ("jets" → aerial, "gunmen" → firearms), the GTD
/// target type of a recipient ("hotel" → Business), from data/events/nouns.tsv; and the PLOVER sector of generic
/// actor nouns ("militants" → REB, "civilians" → CVL) from the agent lists of data/actors. Immutable.
/// </summary>
public sealed class NounLexicon
{
    private readonly FrozenDictionary<string, (string? Mode, string? Target)> _nouns;
    private readonly FrozenDictionary<string, (string? Mode, string? Target)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly AgentLexicon _agents;

    /// <summary>Builds the lexicon from rows and an agent lexicon.</summary>
    public NounLexicon(IReadOnlyDictionary<string, (string? Mode, string? Target)> nouns, AgentLexicon agents)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        _nouns = nouns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _agents = agents ?? AgentLexicon.Empty;
    }

    /// <summary>An empty lexicon.</summary>
    public static NounLexicon Empty { get; } = new(new Dictionary<string, (string?, string?)>(), AgentLexicon.Empty);

    /// <summary>Reads data/events/nouns.tsv and the agent files listed in data/actors/manifest.json.</summary>
    public static NounLexicon Load(string eventsDirectory, string actorsDirectory)
    {
        var nouns = new Dictionary<string, (string?, string?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(eventsDirectory, "nouns.tsv"), 3))
        {
            nouns.TryAdd(f[0], (TsvFile.Optional(f[1]), TsvFile.Optional(f[2])));
        }

        var agents = new List<AgentEntry>();
        var manifest = Path.Combine(actorsDirectory, "manifest.json");
        if (File.Exists(manifest))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
                if (doc.RootElement.TryGetProperty("agents", out var list))
                {
                    foreach (var item in list.EnumerateArray())
                    {
                        if (item.TryGetProperty("file", out var file) && file.GetString() is { } name)
                        {
                            agents.AddRange(AgentFileFormat.ReadFile(Path.Combine(actorsDirectory, name)));
                        }
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new ModelLoadException(manifest, $"not valid JSON ({ex.Message})", ex);
            }
        }

        return new NounLexicon(nouns, new AgentLexicon(agents));
    }

    /// <summary>The mode a noun implies, by lemma.</summary>
    public string? ModeOf(ReadOnlySpan<char> lemma) => _lookup.TryGetValue(lemma, out var v) ? v.Mode : null;

    /// <summary>The GTD target type a noun implies, by lemma.</summary>
    public string? TargetOf(ReadOnlySpan<char> lemma) => _lookup.TryGetValue(lemma, out var v) ? v.Target : null;

    /// <summary>The PLOVER sector of a generic actor word or phrase ("militants", "riot police"), or null.</summary>
    public string? SectorOf(ReadOnlySpan<char> phrase)
    {
        var entry = _agents.Find(phrase);
        return entry is null || entry.Sector.Length == 0 ? null : entry.Sector;
    }
}

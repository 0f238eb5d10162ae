using System.Collections.Frozen;
using System.Text.Json;

namespace Wirewatch.Actors;

/// <summary>
/// The actor dictionaries loaded together: entries from every actor file in priority order (our curated file
/// first), a matcher over all their names, the agent nouns, and the given names and surnames of known persons.
/// Immutable and thread-safe.
/// </summary>
public sealed class ActorDictionary
{
    /// <summary>The manifest file of a dictionary folder.</summary>
    public const string ManifestFile = "manifest.json";

    private readonly ActorEntry[] _entries;
    private readonly TokenPhraseMatcher _matcher;
    private readonly int[][] _candidates;
    private readonly FrozenDictionary<string, int> _byId;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnames;

    public ActorDictionary(IReadOnlyList<ActorEntry> entries, AgentLexicon agents)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(agents);
        _entries = [.. entries];
        Agents = agents;
        var names = new List<(string, bool)>();
        var owners = new List<int>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int e = 0; e < _entries.Length; e++)
        {
            var entry = _entries[e];
            ids.TryAdd(entry.Id, e);
            foreach (var alias in entry.Aliases)
            {
                names.Add((alias, IsAcronym(alias)));
                owners.Add(e);
            }

            if (entry.Kind == ActorKind.Person)
            {
                var words = entry.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2)
                {
                    var first = NameKey.Of(words[0]);
                    var last = NameKey.Of(words[^1]);
                    if (first.Length >= 2)
                    {
                        given.Add(first);
                    }

                    if (last.Length >= 3)
                    {
                        surnames.Add(last);
                    }
                }
            }
        }

        _matcher = new TokenPhraseMatcher(names, out var keyOf);
        var lists = new List<int>[_matcher.KeyCount];
        for (int i = 0; i < keyOf.Length; i++)
        {
            if (keyOf[i] < 0)
            {
                continue;
            }

            var list = lists[keyOf[i]] ??= [];
            if (!list.Contains(owners[i]))
            {
                list.Add(owners[i]);
            }
        }

        _candidates = new int[lists.Length][];
        for (int k = 0; k < lists.Length; k++)
        {
            _candidates[k] = lists[k] is { } l ? [.. l] : [];
        }

        _byId = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _givenNames = given.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _surnames = surnames.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ActorDictionary Empty { get; } = new([], AgentLexicon.Empty);

    public IReadOnlyList<ActorEntry> Entries => _entries;

    public AgentLexicon Agents { get; }

    /// <summary>Distinct name keys.</summary>
    public int NameCount => _matcher.KeyCount;

    /// <summary>Loads the actor and agent files listed in <c>manifest.json</c> of <paramref name="folder"/> (usually <c>data/actors</c>).</summary>
    /// <exception cref="ActorDataException">The manifest or a file is missing or malformed.</exception>
    public static ActorDictionary Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var manifestPath = Path.Combine(folder, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new ActorDataException(manifestPath, 0, "the actor dictionary manifest is missing; run 'dotnet run --project tools/Wirewatch.ActorImporter -c Release' to create the folder.");
        }

        List<string> actorFiles, agentFiles;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(manifestPath));
            actorFiles = FileList(doc.RootElement, "actors");
            agentFiles = FileList(doc.RootElement, "agents");
        }
        catch (JsonException ex)
        {
            throw new ActorDataException(manifestPath, 0, $"the manifest is not valid JSON ({ex.Message}).");
        }

        var entries = new List<ActorEntry>();
        foreach (var file in actorFiles)
        {
            entries.AddRange(ActorFileFormat.ReadFile(Path.Combine(folder, file)));
        }

        var agents = new List<AgentEntry>();
        foreach (var file in agentFiles)
        {
            agents.AddRange(AgentFileFormat.ReadFile(Path.Combine(folder, file)));
        }

        return new ActorDictionary(entries, new AgentLexicon(agents));
    }

    /// <summary>The entry with <paramref name="id"/>, or null.</summary>
    public ActorEntry? FindById(string id) => _byId.TryGetValue(id, out int e) ? _entries[e] : null;

    /// <summary>Entries whose name or alias is exactly <paramref name="name"/> (by key), best first; empty when none.</summary>
    public ReadOnlySpan<int> Lookup(ReadOnlySpan<char> name)
    {
        int key = _matcher.Find(name);
        return key >= 0 ? _candidates[key] : [];
    }

    /// <summary>Appends the leftmost-longest dictionary names over the tokens.</summary>
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<ActorMatch> output) =>
        _matcher.Match(text, starts, ends, output);

    /// <summary>The entries a match may refer to, best first.</summary>
    public ReadOnlySpan<int> CandidatesOf(ActorMatch match) => _candidates[match.Key];

    /// <summary>The best entry of a match.</summary>
    public ActorEntry BestOf(ActorMatch match) => _entries[_candidates[match.Key][0]];

    /// <summary>True when a known person's first name has this key (see <see cref="NameKey"/>).</summary>
    public bool IsGivenName(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        int length = 0;
        return NameKey.Append(word, buffer, ref length) && length > 0 && _givenNames.Contains(buffer[..length]);
    }

    /// <summary>True when a known person's last name has this key.</summary>
    public bool IsSurname(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        int length = 0;
        return NameKey.Append(word, buffer, ref length) && length > 0 && _surnames.Contains(buffer[..length]);
    }

    /// <summary>
    /// True when an alias is an acronym that must appear in capitals: all its letters are capitals and it has at
    /// most five, or its key is at most two characters ("US", "IS", "UN").
    /// </summary>
    public static bool IsAcronym(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        int letters = 0;
        foreach (char c in alias)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return (NameKey.IsAllCaps(alias) && letters <= 5) || NameKey.Of(alias).Length <= 2;
    }

    private static List<string> FileList(JsonElement root, string property)
    {
        var files = new List<string>();
        if (root.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                var file = item.ValueKind == JsonValueKind.String ? item.GetString() : item.TryGetProperty("file", out var f) ? f.GetString() : null;
                if (!string.IsNullOrEmpty(file))
                {
                    files.Add(file);
                }
            }
        }

        return files;
    }
}

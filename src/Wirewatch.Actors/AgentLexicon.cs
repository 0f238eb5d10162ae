namespace Wirewatch.Actors;

/// <summary>
/// Generic actor nouns → sector ("police" → COP, "jets" → MIL, "men" → CVL), matched longest-first over tokens
/// case-insensitively. Earlier entries win when two give the same phrase, so curated files go first. Immutable.
/// </summary>
public sealed class AgentLexicon
{
    private readonly TokenPhraseMatcher _matcher;
    private readonly AgentEntry[] _byKey;

    public AgentLexicon(IReadOnlyList<AgentEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var names = new (string, bool)[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            names[i] = (entries[i].Noun, false);
        }

        _matcher = new TokenPhraseMatcher(names, out var keyOf);
        _byKey = new AgentEntry[_matcher.KeyCount];
        for (int i = 0; i < entries.Count; i++)
        {
            if (keyOf[i] >= 0 && _byKey[keyOf[i]] is null)
            {
                _byKey[keyOf[i]] = entries[i];
            }
        }

        Count = entries.Count;
    }

    public static AgentLexicon Empty { get; } = new([]);

    public int Count { get; }

    /// <summary>The agent for a whole phrase ("riot police"), or null.</summary>
    public AgentEntry? Find(ReadOnlySpan<char> phrase)
    {
        int key = _matcher.Find(phrase);
        return key >= 0 ? _byKey[key] : null;
    }

    /// <summary>Appends the agent phrases found over the tokens (lower case allowed).</summary>
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<ActorMatch> output) =>
        _matcher.Match(text, starts, ends, output, allowLowercase: true);

    /// <summary>The agent of a match found by <see cref="Match"/>.</summary>
    public AgentEntry EntryOf(ActorMatch match) => _byKey[match.Key];
}

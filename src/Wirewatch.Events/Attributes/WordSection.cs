using System.Collections.Frozen;

namespace Wirewatch.Events.Attributes;

/// <summary>One section of an embedded word list: case-insensitive keys with optional values, span lookups without allocating.</summary>
internal sealed class WordSection
{
    private readonly FrozenDictionary<string, string> _entries;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordSection(Dictionary<string, string> entries, string[][] phrases)
    {
        _entries = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _spans = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = phrases;
    }

    /// <summary>Entries of more than one word, split on spaces, longest first.</summary>
    public string[][] Phrases { get; }

    public bool Contains(ReadOnlySpan<char> word) => _spans.ContainsKey(word);

    public bool Contains(string word) => _entries.ContainsKey(word);

    public bool TryGetValue(ReadOnlySpan<char> word, out string value)
    {
        if (_spans.TryGetValue(word, out string? found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    public bool TryGetInt(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        return _spans.TryGetValue(word, out string? found) && int.TryParse(found, out value);
    }
}

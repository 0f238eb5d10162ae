using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.Geo.Recognition;

/// <summary>
/// A span of the text that names a place, with the gazetteer entries its name can refer to. Made by a
/// recognizer from raw text, or from given spans when resolution is evaluated on gold toponyms.
/// </summary>
public sealed class ToponymMention
{
    public ToponymMention(int start, int end, string key, NameCandidate[] candidates)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(candidates);
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"Invalid span [{start}, {end}).");
        }

        Start = start;
        End = end;
        Key = key;
        Candidates = candidates;
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>The normalised name that was looked up (one sense per name within an article).</summary>
    public string Key { get; }

    public IReadOnlyList<NameCandidate> Candidates { get; }

    /// <summary>The article's dateline ("TRIPOLI (Reuters) -"): where the report was filed.</summary>
    public bool IsDateline { get; init; }

    /// <summary>Set when a direction modifier ("eastern Libya") narrows the place to part of it.</summary>
    public (double Lat, double Lon)? Direction { get; init; }

    /// <summary>The word before the name is a locative preposition ("in Derna").</summary>
    public bool AfterLocative { get; init; }
}

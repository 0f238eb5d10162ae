using System.Collections.Frozen;
using Wirewatch.Core.Errors;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The cue words of quotes.v1 read from <c>data/events/speech-cues.txt</c> (<c>KIND&lt;TAB&gt;lemma</c> lines, <c>#</c>
/// comments). Immutable; lookups take a span so that no string is made per token.
/// </summary>
public sealed class SpeechCueLexicon
{
    /// <summary>The file name inside <c>data/events</c>.</summary>
    public const string FileName = "speech-cues.txt";

    private readonly FrozenDictionary<string, CueKind> _verbs;
    private readonly FrozenDictionary<string, CueKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SpeechCueLexicon(Dictionary<string, CueKind> verbs, List<string[]> phrases)
    {
        _verbs = verbs.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = phrases;
    }

    /// <summary>Multi-word cues, each as lower-case words ("according", "to").</summary>
    public IReadOnlyList<string[]> Phrases { get; }

    public int Count => _verbs.Count + Phrases.Count;

    /// <summary>The kind of a verb lemma (lower case), or null when it is no cue.</summary>
    public CueKind? KindOf(ReadOnlySpan<char> lemma) => _lookup.TryGetValue(lemma, out var kind) ? kind : null;

    public static SpeechCueLexicon Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException(path, "the speech cue list does not exist; it ships in data/events.");
        }

        return Parse(File.ReadLines(path), path);
    }

    /// <summary>Reads cue lines; <paramref name="origin"/> names the source in error messages.</summary>
    public static SpeechCueLexicon Parse(IEnumerable<string> lines, string origin)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var verbs = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        var phrases = new List<string[]>();
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t', 2);
            if (parts.Length != 2 || parts[1].Trim().Length == 0)
            {
                throw new ModelLoadException(origin, $"line {number}: expected KIND<TAB>lemma, got '{line}'.");
            }

            var word = parts[1].Trim().ToLowerInvariant();
            switch (parts[0].Trim())
            {
                case "speech":
                    verbs.TryAdd(word, CueKind.Speech);
                    break;
                case "attitude":
                    verbs.TryAdd(word, CueKind.Attitude);
                    break;
                case "phrase":
                    phrases.Add(word.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                default:
                    throw new ModelLoadException(origin, $"line {number}: unknown cue kind '{parts[0]}' (speech, attitude, phrase).");
            }
        }

        return new SpeechCueLexicon(verbs, phrases);
    }
}

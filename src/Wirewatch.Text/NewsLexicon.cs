using System.Collections.Frozen;
using Wirewatch.Core.Errors;

namespace Wirewatch.Text;

/// <summary>
/// The word lists behind the news tokenizer and sentence splitter: abbreviations, titles, hyphen
/// prefixes, sentence starters, apostrophe-less contractions and emoticons. The default lists are the
/// embedded, analyst-readable file <c>Resources/news-lexicon.txt</c>; <see cref="LoadFile"/> reads an
/// edited copy. Immutable and thread-safe.
/// </summary>
public sealed class NewsLexicon
{
    private const string ResourceName = "Wirewatch.Text.Resources.news-lexicon.txt";

    private static readonly Lazy<NewsLexicon> DefaultLexicon = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] KnownSections =
    [
        "abbreviations", "titles", "numeric-abbreviations", "hyphen-prefixes", "sentence-starters", "sentence-openers",
        "contractions", "apostrophe-words", "emoticons", "whole-tokens",
    ];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numericAbbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _hyphenPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceOpeners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _apostropheWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _emoticons;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wholeTokens;
    private readonly FrozenDictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _contractions;

    private NewsLexicon(Dictionary<string, List<string>> sections, string source)
    {
        _abbreviations = Set(sections, "abbreviations", StringComparer.Ordinal);
        _titles = Set(sections, "titles", StringComparer.Ordinal);
        _numericAbbreviations = Set(sections, "numeric-abbreviations", StringComparer.Ordinal);
        _hyphenPrefixes = Set(sections, "hyphen-prefixes", StringComparer.OrdinalIgnoreCase);
        _sentenceStarters = Set(sections, "sentence-starters", StringComparer.Ordinal);
        _sentenceOpeners = Set(sections, "sentence-openers", StringComparer.Ordinal);
        _wholeTokens = Set(sections, "whole-tokens", StringComparer.OrdinalIgnoreCase);
        MaxWholeTokenLength = MaxLength(sections["whole-tokens"]);

        // Stored without the leading apostrophe so that straight, curly and backtick forms all match.
        var apostropheWords = new List<string>();
        foreach (var entry in sections["apostrophe-words"])
        {
            if (entry.Length < 2 || !IsApostrophe(entry[0]))
            {
                throw new ModelLoadException(source, $"apostrophe-words entry '{entry}' must start with an apostrophe and have a letter after it");
            }

            apostropheWords.Add(entry[1..]);
        }

        _apostropheWords = apostropheWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        var emoticons = sections["emoticons"];
        MaxEmoticonLength = MaxLength(emoticons);
        _emoticons = emoticons.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        var contractions = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in sections["contractions"])
        {
            var pieces = entry.Split('|');
            if (pieces.Length < 2 || Array.Exists(pieces, p => p.Length == 0) || entry.Length - pieces.Length + 1 > byte.MaxValue)
            {
                throw new ModelLoadException(source, $"contractions entry '{entry}' must be two or more non-empty pieces joined by '|'");
            }

            var cuts = new byte[pieces.Length - 1];
            int offset = 0;
            for (int i = 0; i < cuts.Length; i++)
            {
                offset += pieces[i].Length;
                cuts[i] = (byte)offset;
            }

            contractions[string.Concat(pieces)] = cuts;
        }

        _contractions = contractions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxContractionLength = MaxLength(contractions.Keys);
    }

    /// <summary>The lexicon compiled into this assembly.</summary>
    public static NewsLexicon Default => DefaultLexicon.Value;

    // Lengths of the longest entries, so that callers never hash a span that cannot match.
    internal int MaxEmoticonLength { get; }

    internal int MaxWholeTokenLength { get; }

    internal int MaxContractionLength { get; }

    /// <summary>Reads a lexicon file in the format of the embedded one; every section must be present.</summary>
    public static NewsLexicon LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ModelLoadException(path, "file not found");
        }

        using var reader = new StreamReader(path);
        return Load(reader, path);
    }

    public static NewsLexicon Load(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '[' && trimmed[^1] == ']')
            {
                var name = trimmed[1..^1].ToString();
                if (Array.IndexOf(KnownSections, name) < 0)
                {
                    throw new ModelLoadException(sourceName, $"line {lineNumber}: unknown section [{name}]; expected one of {string.Join(", ", KnownSections)}");
                }

                if (!sections.TryGetValue(name, out current))
                {
                    current = [];
                    sections[name] = current;
                }

                continue;
            }

            if (current is null)
            {
                throw new ModelLoadException(sourceName, $"line {lineNumber}: entry before the first [section] header");
            }

            foreach (char c in trimmed)
            {
                if (char.IsWhiteSpace(c))
                {
                    throw new ModelLoadException(sourceName, $"line {lineNumber}: entry '{trimmed}' contains whitespace");
                }
            }

            current.Add(trimmed.ToString());
        }

        foreach (var name in KnownSections)
        {
            if (!sections.ContainsKey(name))
            {
                throw new ModelLoadException(sourceName, $"section [{name}] is missing");
            }
        }

        return new NewsLexicon(sections, sourceName);
    }

    /// <summary>A word (without its period) that keeps its final period, e.g. <c>Inc</c>.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviations.Contains(word);

    /// <summary>An abbreviation that stands before a name, e.g. <c>Gen</c>; never sentence-final.</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>An abbreviation that keeps its period only before a number, e.g. <c>No</c>.</summary>
    public bool IsNumericAbbreviation(ReadOnlySpan<char> word) => _numericAbbreviations.Contains(word);

    public bool IsHyphenPrefix(ReadOnlySpan<char> word) => _hyphenPrefixes.Contains(word);

    /// <summary>A capitalised word that begins a new sentence after an abbreviation.</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);

    /// <summary>A capitalised word that begins a sentence even when the previous one has no final punctuation.</summary>
    public bool IsSentenceOpener(ReadOnlySpan<char> word) => _sentenceOpeners.Contains(word);

    /// <summary>A word that begins with an apostrophe, given without it (e.g. <c>em</c>).</summary>
    public bool IsApostropheWord(ReadOnlySpan<char> withoutApostrophe) => _apostropheWords.Contains(withoutApostrophe);

    public bool IsEmoticon(ReadOnlySpan<char> candidate) => _emoticons.Contains(candidate);

    /// <summary>A word with inner punctuation that the rules would split but that stays one token (<c>9/11</c>).</summary>
    public bool IsWholeToken(ReadOnlySpan<char> candidate) => _wholeTokens.Contains(candidate);

    /// <summary>Split offsets of an apostrophe-less contraction (<c>dont</c> gives [2]), or null.</summary>
    public ReadOnlySpan<byte> ContractionCuts(ReadOnlySpan<char> word) =>
        _contractions.TryGetValue(word, out var cuts) ? cuts : default;

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`' or '\u2018';

    private static int MaxLength(IEnumerable<string> entries)
    {
        int max = 0;
        foreach (var entry in entries)
        {
            max = Math.Max(max, entry.Length);
        }

        return max;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(
        Dictionary<string, List<string>> sections, string name, StringComparer comparer) =>
        sections[name].ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    private static NewsLexicon LoadEmbedded()
    {
        using var stream = typeof(NewsLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelLoadException(ResourceName, "embedded resource is missing from the Wirewatch.Text assembly");
        using var reader = new StreamReader(stream);
        return Load(reader, ResourceName);
    }
}

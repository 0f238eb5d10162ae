using System.Collections.Frozen;
using Wirewatch.Core.Documents;
using Wirewatch.Models.Hashing;
using Wirewatch.Models.Learning;

namespace Wirewatch.Models.Tagging;

/// <summary>
/// Everything the tagger knows besides its weights: the labels (<c>UPOS|XPOS</c> pairs), a dictionary of frequent
/// unambiguous words that skip the classifier, and optional word clusters. Immutable.
/// </summary>
internal sealed class TaggerLexicon
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _dictionary;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ambiguity;
    private readonly ulong[] _ambiguityAtoms;

    public TaggerLexicon(LabelSet labels, IReadOnlyList<string> dictionaryWords, IReadOnlyList<int> dictionaryLabels, WordClusters? clusters)
        : this(labels, dictionaryWords, dictionaryLabels, clusters, [], [], [])
    {
    }

    /// <param name="labels">The labels.</param>
    /// <param name="dictionaryWords">Frequent unambiguous words ...</param>
    /// <param name="dictionaryLabels">... and their labels.</param>
    /// <param name="clusters">Word clusters, or null.</param>
    /// <param name="ambiguityWords">Words seen in training ...</param>
    /// <param name="ambiguityIds">... and the index of their ambiguity class ...</param>
    /// <param name="ambiguityClasses">... the set of XPOS tags seen with a word, written "NN|VB".</param>
    public TaggerLexicon(
        LabelSet labels,
        IReadOnlyList<string> dictionaryWords,
        IReadOnlyList<int> dictionaryLabels,
        WordClusters? clusters,
        IReadOnlyList<string> ambiguityWords,
        IReadOnlyList<int> ambiguityIds,
        IReadOnlyList<string> ambiguityClasses)
    {
        Labels = labels;
        Clusters = clusters;
        DictionaryWords = dictionaryWords;
        DictionaryLabels = dictionaryLabels;
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < dictionaryWords.Count; i++)
        {
            map[dictionaryWords[i]] = dictionaryLabels[i];
        }

        _dictionary = map.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AmbiguityWords = ambiguityWords;
        AmbiguityIds = ambiguityIds;
        AmbiguityClasses = ambiguityClasses;
        var ambiguity = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ambiguityWords.Count; i++)
        {
            ambiguity[ambiguityWords[i]] = ambiguityIds[i];
        }

        _ambiguity = ambiguity.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _ambiguityAtoms = new ulong[ambiguityClasses.Count];
        for (int i = 0; i < ambiguityClasses.Count; i++)
        {
            _ambiguityAtoms[i] = FeatureHash.Chars(ambiguityClasses[i]);
        }
        Upos = new UniversalPos[labels.Count];
        Xpos = new string[labels.Count];
        TagAtoms = new ulong[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            var (upos, xpos) = Split(labels[i]);
            Upos[i] = Enum.TryParse<UniversalPos>(upos, out var parsed) ? parsed : UniversalPos.X;
            Xpos[i] = xpos;
            TagAtoms[i] = FeatureHash.Int(i);
        }
    }

    public static ulong StartAtom { get; } = FeatureHash.Chars("<s>");

    public static ulong EndAtom { get; } = FeatureHash.Chars("</s>");

    public LabelSet Labels { get; }

    public WordClusters? Clusters { get; }

    public IReadOnlyList<string> DictionaryWords { get; }

    public IReadOnlyList<int> DictionaryLabels { get; }

    public IReadOnlyList<string> AmbiguityWords { get; }

    public IReadOnlyList<int> AmbiguityIds { get; }

    public IReadOnlyList<string> AmbiguityClasses { get; }

    /// <summary>The atom of an unseen word's (empty) ambiguity class.</summary>
    public static ulong UnknownAmbiguity { get; } = FeatureHash.Chars("<unseen>");

    /// <summary>The hashed set of tags seen with the word in training (trying the lower-cased form second), or <see cref="UnknownAmbiguity"/>.</summary>
    public ulong Ambiguity(ReadOnlySpan<char> word)
    {
        if (_ambiguityAtoms.Length == 0)
        {
            return UnknownAmbiguity;
        }

        if (_ambiguity.TryGetValue(word, out int id))
        {
            return _ambiguityAtoms[id];
        }

        if (word.Length <= 64)
        {
            Span<char> lower = stackalloc char[word.Length];
            for (int i = 0; i < word.Length; i++)
            {
                lower[i] = FeatureHash.ToLower(word[i]);
            }

            if (_ambiguity.TryGetValue(lower, out id))
            {
                return _ambiguityAtoms[id] ^ 0x5A5A5A5A5A5A5A5AUL;
            }
        }

        return UnknownAmbiguity;
    }

    public UniversalPos[] Upos { get; }

    public string[] Xpos { get; }

    /// <summary>The hash of each label, as the features of neighbouring tokens see it.</summary>
    public ulong[] TagAtoms { get; }

    /// <summary>The label of an unambiguous frequent word, or -1.</summary>
    public int DictionaryLabel(ReadOnlySpan<char> word) => _dictionary.TryGetValue(word, out int label) ? label : -1;

    /// <summary>Joins UPOS and XPOS into one label.</summary>
    public static string Join(string upos, string xpos) => upos + "|" + xpos;

    /// <summary>Splits a combined label <c>UPOS|XPOS</c>.</summary>
    public static (string Upos, string Xpos) Split(string label)
    {
        int bar = label.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (label, label) : (label[..bar], label[(bar + 1)..]);
    }
}

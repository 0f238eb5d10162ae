using System.Text;

namespace Wirewatch.Models.Training;

/// <summary>
/// Lower-cased word sequences from plain text for unsupervised learning (word clusters). Text is split roughly
/// the way UD English tokenises: punctuation apart, clitics (<c>n't</c>, <c>'s</c>, <c>'re</c>...) apart, inner
/// periods, hyphens, commas and apostrophes kept inside words. Sentences end at <c>. ! ?</c> and blank lines.
/// </summary>
public sealed class UnlabelledCorpus
{
    /// <summary>The word that marks sentence and document breaks in <see cref="Build"/>'s output.</summary>
    public const string Boundary = "<s>";

    /// <summary>The word that stands for every rare word in <see cref="Build"/>'s output.</summary>
    public const string Unknown = "<unk>";

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ll", "'ve", "'d", "'m"];

    private readonly List<string> _tokens = [];
    private readonly Dictionary<string, string> _intern = new(StringComparer.Ordinal);

    /// <summary>Words added so far, boundaries included.</summary>
    public int TokenCount => _tokens.Count;

    /// <summary>Adds a document of plain text.</summary>
    public void AddText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new StringBuilder();
        int newlines = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i] is '\u2019' or '\u2018' ? '\'' : text[i];
            if (char.IsWhiteSpace(c))
            {
                Flush(word);
                newlines += c == '\n' ? 1 : 0;
                if (newlines >= 2)
                {
                    AddBoundary();
                }

                continue;
            }

            newlines = 0;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            bool inner = word.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && c is '.' or '-' or '\'' or ',' or '/' or '&';
            if (inner)
            {
                word.Append(c);
                continue;
            }

            if (c == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // A clitic after a word ("dean's" is handled as inner, then split by Flush); a lone quote otherwise.
                Flush(word);
                word.Append(c);
                continue;
            }

            Flush(word);
            Add(c.ToString());
            if (c is '.' or '!' or '?')
            {
                AddBoundary();
            }
        }

        Flush(word);
        AddBoundary();
    }

    /// <summary>Adds one already tokenised sentence.</summary>
    public void AddSentence(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var w in words)
        {
            Add(w);
        }

        AddBoundary();
    }

    /// <summary>
    /// The corpus as word ids and its vocabulary: words seen at least <paramref name="minCount"/> times, by
    /// decreasing frequency (ties in ordinal order), then <see cref="Unknown"/> for the rest and <see cref="Boundary"/>.
    /// </summary>
    public (int[] Corpus, string[] Vocabulary, int BoundaryId, int UnknownId) Build(int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in _tokens)
        {
            counts[t] = counts.GetValueOrDefault(t) + 1;
        }

        var kept = counts.Where(p => p.Value >= minCount && p.Key != Boundary)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        kept.Add(Unknown);
        kept.Add(Boundary);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < kept.Count; i++)
        {
            ids[kept[i]] = i;
        }

        int unknown = ids[Unknown];
        var corpus = new int[_tokens.Count];
        for (int i = 0; i < corpus.Length; i++)
        {
            corpus[i] = ids.GetValueOrDefault(_tokens[i], unknown);
        }

        return (corpus, [.. kept], ids[Boundary], unknown);
    }

    private void Flush(StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString().ToLowerInvariant();
        word.Clear();
        foreach (var clitic in Clitics)
        {
            if (text.Length > clitic.Length && text.EndsWith(clitic, StringComparison.Ordinal))
            {
                Add(text[..^clitic.Length]);
                Add(clitic);
                return;
            }
        }

        Add(text);
    }

    private void AddBoundary()
    {
        if (_tokens.Count > 0 && !ReferenceEquals(_tokens[^1], Boundary))
        {
            _tokens.Add(Boundary);
        }
    }

    private void Add(string token)
    {
        var lower = token.ToLowerInvariant();
        if (!_intern.TryGetValue(lower, out var interned))
        {
            _intern[lower] = interned = lower;
        }

        _tokens.Add(interned);
    }
}

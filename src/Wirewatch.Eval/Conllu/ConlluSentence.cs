namespace Wirewatch.Eval.Conllu;

/// <summary>A CoNLL-U sentence: its comment lines, words, multiword tokens, and the raw lines as read.</summary>
public sealed class ConlluSentence
{
    public ConlluSentence(
        IReadOnlyList<string> comments,
        IReadOnlyList<ConlluWord> words,
        IReadOnlyList<ConlluMultiwordToken> multiwordTokens,
        IReadOnlyList<string> lines)
    {
        Comments = comments;
        Words = words;
        MultiwordTokens = multiwordTokens;
        Lines = lines;
    }

    /// <summary>Comment lines without the leading <c>#</c> and space.</summary>
    public IReadOnlyList<string> Comments { get; }

    public IReadOnlyList<ConlluWord> Words { get; }

    public IReadOnlyList<ConlluMultiwordToken> MultiwordTokens { get; }

    /// <summary>Every line of the sentence as read (comments, range lines, empty nodes, words).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The value of a <c># key = value</c> comment, or null.</summary>
    public string? Comment(string key)
    {
        foreach (var comment in Comments)
        {
            int eq = comment.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && comment.AsSpan(0, eq).Trim().SequenceEqual(key))
            {
                return comment[(eq + 1)..].Trim();
            }
        }

        return null;
    }

    public string? NewDocId => Comment("newdoc id") ?? (HasComment("newdoc") ? string.Empty : null);

    public bool StartsParagraph => Comment("newpar id") is not null || HasComment("newpar");

    public string? SentenceId => Comment("sent_id");

    public string? Text => Comment("text");

    private bool HasComment(string bare)
    {
        foreach (var comment in Comments)
        {
            if (comment.Trim() == bare)
            {
                return true;
            }
        }

        return false;
    }
}

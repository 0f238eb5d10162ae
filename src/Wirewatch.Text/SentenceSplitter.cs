using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;

namespace Wirewatch.Text;

/// <summary>
/// Rule-based sentence splitter for news over the token layer. A sentence ends
/// <list type="bullet">
/// <item>at a blank line (always);</item>
/// <item>at a line break, unless the line ends with a comma, semicolon, dash or opening bracket, or
/// (when it does not end with terminal punctuation) the next line starts with a lower-case letter:
/// headlines, bullets and URL lines are their own sentences, hard-wrapped lines are joined;</item>
/// <item>after terminal punctuation (". ! ? ... …") and any closing quotes or brackets glued to it,
/// when the next token starts with a capital or is a URL; with no closer, also before a lower-case
/// word, a digit, an opening quote or bracket (but an ellipsis before lower case continues the
/// sentence, and "1." opening a list item stays with its item);</item>
/// <item>after an emoticon or URL followed by a capital, and before a word of the lexicon's
/// [sentence-openers] ("Please", "Attached") that directly follows a word.</item>
/// </list>
/// Abbreviations that keep their period ("U.S.", "Gen.") are not terminal: the tokenizer has
/// already split the period off where one ends a sentence. Immutable and thread-safe.
/// </summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    // Closing quotes and brackets looked at behind a full stop; bounded so runs of ")))" stay linear.
    private const int MaxClosers = 4;

    public SentenceSplitter()
        : this(NewsLexicon.Default)
    {
    }

    public SentenceSplitter(NewsLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    public string Name => "sentences.news.v1";

    public NewsLexicon Lexicon { get; }

    public IReadOnlyList<LayerKind> Requires { get; } = [LayerKind.Tokens];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Sentences];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return document.With(Split(document.Text, document.TokenLayer));
    }

    /// <summary>Splits the tokens of <paramref name="text"/> into sentences.</summary>
    public SentenceLayer Split(string text, TokenLayer tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var boundaries = new List<int>(Math.Max(4, tokens.Count / 16)) { 0 };
        var starts = tokens.Starts;
        var ends = tokens.Ends;
        int count = tokens.Count;
        for (int t = 0; t + 1 < count; t++)
        {
            if (IsBoundaryAfter(text, starts, ends, t, boundaries))
            {
                boundaries.Add(t + 1);
            }
        }

        if (count > 0)
        {
            boundaries.Add(count);
        }

        return new SentenceLayer([.. boundaries], count);
    }

    private bool IsBoundaryAfter(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, List<int> boundaries)
    {
        int gapStart = ends[t];
        int gapEnd = starts[t + 1];
        int lineBreaks = CountLineBreaks(text.AsSpan(gapStart, gapEnd - gapStart));
        if (lineBreaks >= 2)
        {
            return true;
        }

        var next = text.AsSpan(starts[t + 1], ends[t + 1] - starts[t + 1]);
        if (lineBreaks == 1)
        {
            var previous = text.AsSpan(starts[t], ends[t] - starts[t]);
            return !ContinuesOnNextLine(previous, next);
        }

        if (gapEnd == gapStart)
        {
            return false; // glued tokens ("end." + closing quote) never straddle a boundary
        }

        // Walk back over closing quotes and brackets glued to the terminal punctuation.
        int u = t;
        while (u > 0 && t - u < MaxClosers && starts[u] == ends[u - 1] && IsCloserToken(text.AsSpan(starts[u], ends[u] - starts[u])))
        {
            u--;
        }

        var last = text.AsSpan(starts[u], ends[u] - starts[u]);
        char first = next[0];
        bool upper = CharClass.IsUpper(first);
        if (!IsTerminalToken(last))
        {
            if (u < t)
            {
                return false;
            }

            if (!upper)
            {
                return IsUrl(next) && IsUrl(last); // a list of links
            }

            // Emoticons and URLs often end a sentence in web text and mail; a few words (greetings,
            // "Please", "Attached") start one even when the previous sentence has no final punctuation.
            return IsUrl(last) || Lexicon.IsEmoticon(last) || (CharClass.IsWordChar(last[^1]) && Lexicon.IsSentenceOpener(next));
        }

        if (IsListNumber(text, starts, ends, u, boundaries))
        {
            return false; // "1." opening a numbered item belongs to the item
        }

        bool exclamation = last.Contains('!') || last.Contains('?');
        bool ellipsis = last.Contains('\u2026') || (last.Length > 1 && last.IndexOfAnyExcept('.') < 0);
        if (upper || IsUrl(next))
        {
            return true;
        }

        if (u < t)
        {
            return false; // '"Go!" he said', '(see below.) and'
        }

        if (ellipsis && !exclamation)
        {
            return false; // "Derna ... and it": an ellipsis before lower case continues the sentence
        }

        // After "." and "!" / "?" a lower-case word, digit, opening quote or ellipsis starts a new
        // sentence: abbreviations keep their period in the tokenizer, so a bare period is a full stop.
        return CharClass.IsLetter(first) || CharClass.IsDigit(first) || CharClass.IsOpener(first)
            || (!exclamation && IsTerminalToken(next));
    }

    /// <summary>A period right after a short number that itself starts a sentence: "1." in a list.</summary>
    private static bool IsListNumber(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int u, List<int> boundaries)
    {
        if (u == 0 || text[starts[u]] != '.' || ends[u] - starts[u] != 1 || starts[u] != ends[u - 1])
        {
            return false;
        }

        int number = u - 1;
        int length = ends[number] - starts[number];
        if (length > 2 || text.AsSpan(starts[number], length).IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        return number == 0 || boundaries[^1] == number;
    }

    private static bool IsUrl(ReadOnlySpan<char> token) =>
        token.StartsWith("http", StringComparison.OrdinalIgnoreCase) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int CountLineBreaks(ReadOnlySpan<char> gap)
    {
        int breaks = 0;
        for (int i = 0; i < gap.Length; i++)
        {
            char c = gap[i];
            if (c == '\n' || c == '\u2028' || (c == '\r' && (i + 1 == gap.Length || gap[i + 1] != '\n')))
            {
                breaks++;
            }
            else if (c == '\u2029')
            {
                breaks += 2;
            }
        }

        return breaks;
    }

    private static bool ContinuesOnNextLine(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        if (IsTerminalToken(previous) || IsUrl(next))
        {
            return false;
        }

        if (CharClass.IsLower(next[0]))
        {
            return true; // a hard-wrapped line
        }

        if (previous.Length == 1)
        {
            char c = previous[0];
            return c is ',' or ';' or '(' or '[' or '&' or '/' || CharClass.IsDash(c);
        }

        return false;
    }

    private static bool IsCloserToken(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!CharClass.IsCloser(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTerminalToken(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!CharClass.IsTerminal(c))
            {
                return false;
            }
        }

        return true;
    }
}

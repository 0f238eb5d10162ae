namespace Wirewatch.Events.Quotes;

/// <summary>
/// Pairs quotation marks on characters: curly “…” by direction, straight "…" and doubled apostrophes ''…'' (the New
/// York Times' archive style) by alternation within a paragraph. A quotation left open at a paragraph break ends
/// there without a closing mark (<c>ContentEnd == Close</c>): news prose reopens it on the next paragraph.
/// </summary>
internal static class QuoteMarks
{
    public static bool IsQuoteChar(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E';

    /// <summary>True for a quotation mark token: one mark character, <c>''</c> or <c>``</c>.</summary>
    public static bool IsQuoteToken(ReadOnlySpan<char> token) =>
        token.Length == 1 && IsQuoteChar(token[0]) || token is "''" or "``";

    /// <summary>
    /// Quotations in text order: <c>Open</c> is the offset of the opening mark, <c>ContentStart</c> and
    /// <c>ContentEnd</c> bound the words inside, <c>Close</c> is the offset just after the closing mark.
    /// </summary>
    public static List<QuotationMarks> Pair(string text)
    {
        var pairs = new List<QuotationMarks>();
        int open = -1, openEnd = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int length = 1;
            bool straight = c == '"';
            if (c is '\'' or '`' && i + 1 < text.Length && text[i + 1] == c)
            {
                length = 2;
                straight = c == '\'';
                if (c == '`')
                {
                    open = i;
                    openEnd = i + 2;
                    i++;
                    continue;
                }
            }
            else if (c is '\'' or '`')
            {
                continue;
            }

            if (c == '\n')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n' || ParagraphBreak(text, i))
                {
                    if (open >= 0)
                    {
                        // A quotation that runs on into the next paragraph, which reopens it: it ends with its paragraph.
                        int end = i;
                        while (end > openEnd && char.IsWhiteSpace(text[end - 1]))
                        {
                            end--;
                        }

                        pairs.Add(new QuotationMarks(open, openEnd, end, end));
                    }

                    open = -1;
                }

                continue;
            }

            if (c is '\u201C' or '\u00AB' or '\u201E')
            {
                open = i;
                openEnd = i + 1;
            }
            else if (c is '\u201D' or '\u00BB')
            {
                if (open >= 0)
                {
                    pairs.Add(new QuotationMarks(open, openEnd, i, i + 1));
                    open = -1;
                }
            }
            else if (straight)
            {
                if (open < 0)
                {
                    open = i;
                    openEnd = i + length;
                }
                else
                {
                    pairs.Add(new QuotationMarks(open, openEnd, i, i + length));
                    open = -1;
                }
            }

            i += length - 1;
        }

        return pairs;
    }

    // Single newlines separate paragraphs in one-paragraph-per-line files; a line that ends a sentence ends a paragraph.
    private static bool ParagraphBreak(string text, int newline)
    {
        int j = newline - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '\r')
        {
            j--;
        }

        return j < 0 || text[j] is '.' or '?' or '!' or '"' or '\u201D' or ':' or '\n' or '\'';
    }
}

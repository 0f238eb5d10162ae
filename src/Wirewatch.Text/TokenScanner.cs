namespace Wirewatch.Text;

/// <summary>
/// One left-to-right pass over the text. Each whitespace-delimited chunk is cut in three stages:
/// leading pieces (whole tokens such as URLs, then opening punctuation), trailing pieces (closing
/// punctuation, sentence-final periods, clitics such as "n't" and "'s"), and the middle, where
/// hyphens, slashes and other infixes are split or kept by rule. Conventions follow UD English EWT.
/// Writes spans only; allocates nothing but the growth of the output buffer.
/// </summary>
internal readonly ref struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly NewsLexicon _lexicon;
    private readonly TokenSpanBuffer _output;

    public TokenScanner(ReadOnlySpan<char> text, NewsLexicon lexicon, TokenSpanBuffer output)
    {
        _text = text;
        _lexicon = lexicon;
        _output = output;
    }

    public void Run()
    {
        var text = _text;
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            if (CharClass.IsSpace(text[i]))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < n && !CharClass.IsSpace(text[j]))
            {
                j++;
            }

            Chunk(i, j);
            i = j;
        }
    }

    private void Chunk(int a, int b)
    {
        int chunkEnd = b;
        while (a < b)
        {
            int whole = WholeTokenEnd(a, b);
            if (whole > a)
            {
                _output.Add(a, whole);
                a = whole;
                continue;
            }

            int prefix = PrefixLength(a, b);
            if (prefix == 0)
            {
                break;
            }

            _output.Add(a, a + prefix);
            a += prefix;
        }

        if (a >= b)
        {
            return;
        }

        int mark = _output.StackCount;
        while (b > a)
        {
            int suffix = SuffixLength(a, b, chunkEnd);
            if (suffix == 0)
            {
                break;
            }

            _output.Push(b - suffix, b);
            b -= suffix;
        }

        if (b > a)
        {
            Middle(a, b);
        }

        _output.PopAllTo(mark);
    }

    // ---- whole tokens: URLs, e-mail addresses, handles, hashtags, emoticons, "'em", "'90s" ----

    private int WholeTokenEnd(int a, int b)
    {
        var text = _text;
        char c = text[a];
        if (CharClass.IsWordChar(c))
        {
            int url = UrlEnd(a, b);
            if (url > a)
            {
                return url;
            }

            int email = EmailEnd(a, b);
            if (email > a)
            {
                return email;
            }

            return c is 'X' ? EmoticonEnd(a, b) : -1;
        }

        if (c is '@' or '#' && a + 1 < b && (CharClass.IsLetter(text[a + 1]) || (c == '@' && text[a + 1] == '_')))
        {
            int end = a + 2;
            while (end < b && CharClass.IsWordChar(text[end]))
            {
                end++;
            }

            return end;
        }

        if (CharClass.IsApostrophe(c) && a + 1 < b)
        {
            return ApostropheWordEnd(a, b);
        }

        return EmoticonEnd(a, b);
    }

    private int UrlEnd(int a, int b)
    {
        var text = _text;
        int k = a;
        while (k < b && k - a <= 10 && CharClass.IsLetter(text[k]))
        {
            k++;
        }

        bool isUrl = false;
        if (k > a && k + 2 < b && text[k] == ':' && text[k + 1] == '/' && text[k + 2] == '/')
        {
            isUrl = k + 3 < b;
        }
        else if (k - a == 3 && k + 1 < b && text[k] == '.' && text.Slice(a, 3).Equals("www", StringComparison.OrdinalIgnoreCase))
        {
            isUrl = true;
        }
        else if (k - a == 6 && k + 1 < b && text[k] == ':' && text.Slice(a, 6).Equals("mailto", StringComparison.OrdinalIgnoreCase))
        {
            isUrl = true;
        }

        if (!isUrl)
        {
            return -1;
        }

        int end = b;
        int open = -2; // position of the URL's first '(' once looked up
        while (end > k + 1 && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or ')' or ']' or '}' or '>' or '\u201D' or '\u2019' or '\u00BB')
        {
            if (text[end - 1] == ')')
            {
                if (open == -2)
                {
                    open = text.Slice(a, end - a).IndexOf('(');
                }

                if (open >= 0 && a + open < end - 1)
                {
                    break; // a balanced parenthesis belongs to the URL (Wikipedia style)
                }
            }

            end--;
        }

        return end;
    }

    private int EmailEnd(int a, int b)
    {
        var text = _text;
        int k = a;
        while (k < b && (CharClass.IsWordChar(text[k]) || text[k] is '.' or '+' or '-' or '%' or '\''))
        {
            k++;
        }

        if (k >= b - 1 || k == a || text[k] != '@' || !CharClass.IsWordChar(text[a]) || !CharClass.IsWordChar(text[k + 1]))
        {
            return -1;
        }

        int end = k + 1;
        while (end < b && (CharClass.IsWordChar(text[end]) || text[end] is '.' or '-'))
        {
            end++;
        }

        while (text[end - 1] is '.' or '-')
        {
            end--;
        }

        return end;
    }

    private int ApostropheWordEnd(int a, int b)
    {
        var text = _text;

        // '90s, '72: a decade or year with its apostrophe.
        if (a + 2 < b && CharClass.IsDigit(text[a + 1]) && CharClass.IsDigit(text[a + 2]))
        {
            int end = a + 3;
            if (end < b && text[end] is 's' or 'S')
            {
                end++;
            }

            return end == b || !CharClass.IsWordChar(text[end]) ? end : -1;
        }

        int m = a + 1;
        while (m < b && CharClass.IsLetter(text[m]))
        {
            m++;
        }

        if (m == a + 1 || (m < b && (CharClass.IsWordChar(text[m]) || CharClass.IsDash(text[m]))))
        {
            return -1; // "'re-elect'" opens a quote; it is not the clitic "'re"
        }

        if (m < b && CharClass.IsApostrophe(text[m]) && _lexicon.IsApostropheWord(text.Slice(a + 1, m + 1 - (a + 1))))
        {
            return m + 1; // 'n'
        }

        return _lexicon.IsApostropheWord(text.Slice(a + 1, m - (a + 1))) ? m : -1;
    }

    private int EmoticonEnd(int a, int b)
    {
        int longest = Math.Min(_lexicon.MaxEmoticonLength, b - a);
        for (int length = longest; length >= 2; length--)
        {
            int end = a + length;
            if (_lexicon.IsEmoticon(_text.Slice(a, length)) && (end == b || !CharClass.IsWordChar(_text[end])))
            {
                return end;
            }
        }

        return -1;
    }

    // ---- leading punctuation ----

    private int PrefixLength(int a, int b)
    {
        char c = _text[a];
        if (CharClass.IsWordChar(c))
        {
            return 0;
        }

        if (c == '.' && a + 1 < b && CharClass.IsWordChar(_text[a + 1]))
        {
            return 0; // ".5", ".com": the middle keeps it with the word
        }

        if (c == '+' && a + 1 < b && CharClass.IsDigit(_text[a + 1]))
        {
            return 0; // "+44", "+1": the middle keeps the sign with the number
        }

        return PunctuationRun(a, b);
    }

    /// <summary>Length of the punctuation token starting at <paramref name="k"/> (a non-word character).</summary>
    private int PunctuationRun(int k, int b)
    {
        var text = _text;
        char c = text[k];
        int end = k + 1;
        if (CharClass.IsTerminal(c))
        {
            while (end < b && CharClass.IsTerminal(text[end]) && (text[end] == '\u2026') == (c == '\u2026'))
            {
                end++;
            }
        }
        else if (IsRule(c))
        {
            while (end < b && IsRule(text[end]))
            {
                end++;
            }
        }
        else if (CharClass.IsApostrophe(c))
        {
            if (end < b && CharClass.IsApostrophe(text[end]))
            {
                end++; // '' and `` are one token
            }
        }
        else if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '(' or ')' or '[' or ']' or '{' or '}')
        {
            // quotes and brackets stand alone
        }
        else if (char.IsHighSurrogate(c))
        {
            if (end < b && char.IsLowSurrogate(text[end]))
            {
                end++;
            }

            while (end < b && text[end] is '\uFE0F' or '\uFE0E')
            {
                end++;
            }
        }
        else
        {
            while (end < b && text[end] == c)
            {
                end++;
            }
        }

        return end - k;
    }

    // ---- trailing punctuation, sentence-final periods, clitics ----

    private int SuffixLength(int a, int b, int chunkEnd)
    {
        var text = _text;
        int length = b - a;
        if (length <= 1)
        {
            return 0;
        }

        char c = text[b - 1];
        if (CharClass.IsWordChar(c))
        {
            return CliticLength(a, b);
        }

        if (CharClass.IsTerminal(c))
        {
            int start = b - 1;
            while (start > a && CharClass.IsTerminal(text[start - 1]) && (text[start - 1] == '\u2026') == (c == '\u2026'))
            {
                start--;
            }

            if (start == a)
            {
                return 0; // all punctuation: the middle emits it
            }

            if (b - start == 1 && c == '.')
            {
                return KeepsPeriod(a, b, chunkEnd) ? 0 : 1;
            }

            if (text[start] == '.' && text[start + 1] != '.' && start > a && IsAbbreviationLike(WordBefore(a, start)))
            {
                return b - start - 1; // "T.V.?" -> "T.V." "?"
            }

            return b - start;
        }

        if (CharClass.IsApostrophe(c))
        {
            return length > 2 && CharClass.IsApostrophe(text[b - 2]) ? 2 : 1;
        }

        int emoticon = TrailingEmoticonLength(a, b);
        if (emoticon > 0)
        {
            return emoticon;
        }

        if (char.IsLowSurrogate(c) || c is '\uFE0F' or '\uFE0E')
        {
            int start = b - 1;
            while (start > a && text[start] is '\uFE0F' or '\uFE0E')
            {
                start--;
            }

            if (start > a && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
            {
                start--;
            }

            return start > a ? b - start : 0;
        }

        if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '(' or ')' or '[' or ']' or '{' or '}')
        {
            return 1;
        }

        int run = b - 1;
        bool rule = IsRule(c);
        while (run > a && (rule ? IsRule(text[run - 1]) : text[run - 1] == c))
        {
            run--;
        }

        return run > a ? b - run : 0;
    }

    /// <summary>Dashes and '=' form one token in runs such as "--", "==" or "==----" (separator lines).</summary>
    private static bool IsRule(char c) => CharClass.IsDash(c) || c == '=';

    private int TrailingEmoticonLength(int a, int b)
    {
        int longest = Math.Min(_lexicon.MaxEmoticonLength, b - a - 1);
        for (int length = longest; length >= 2; length--)
        {
            char first = _text[b - length];
            if (first is ':' or ';' or '=' or '^' && _lexicon.IsEmoticon(_text.Slice(b - length, length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>"n't", "'s", "'m", "'d", "'ll", "'re", "'ve" after a letter (any apostrophe, any case).</summary>
    private int CliticLength(int a, int b)
    {
        var text = _text;
        int length = b - a;
        char last = (char)(text[b - 1] | 0x20);
        if (length >= 4 && last == 't' && CharClass.IsApostrophe(text[b - 2]) && (text[b - 3] | 0x20) == 'n' && CharClass.IsLetter(text[b - 4]))
        {
            return 3;
        }

        if (length >= 3 && CharClass.IsApostrophe(text[b - 2]) && last is 's' or 'm' or 'd' && CharClass.IsLetter(text[b - 3]))
        {
            return 2;
        }

        if (length >= 4 && CharClass.IsApostrophe(text[b - 3]) && CharClass.IsLetter(text[b - 4]))
        {
            char first = (char)(text[b - 2] | 0x20);
            if ((first == 'l' && last == 'l') || (first == 'r' && last == 'e') || (first == 'v' && last == 'e'))
            {
                return 3;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the period at <c>b - 1</c> stays on its word: abbreviations, titles, initials and
    /// letter-period sequences keep it unless they end the sentence (EWT then splits it off).
    /// </summary>
    private bool KeepsPeriod(int a, int b, int chunkEnd)
    {
        var text = _text;
        var word = WordBefore(a, b - 1);
        if (word.IsEmpty || word[0] == '.')
        {
            return false;
        }

        if (_lexicon.IsTitle(word))
        {
            return true;
        }

        if (_lexicon.IsNumericAbbreviation(word))
        {
            int next = NextNonSpace(chunkEnd);
            return b == chunkEnd && next < text.Length && CharClass.IsDigit(text[next]);
        }

        if (!IsAbbreviationLike(word))
        {
            return false;
        }

        // A period followed inside the chunk by anything but a closing quote or bracket (", ;") is not final.
        if (b < chunkEnd && !CharClass.IsCloser(text[b]))
        {
            return true;
        }

        return !EndsSentence(chunkEnd);
    }

    private bool IsAbbreviationLike(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return CharClass.IsUpper(word[0]); // an initial
        }

        return _lexicon.IsAbbreviation(word) || IsLetterPeriodSequence(word);
    }

    /// <summary>"U.S", "a.m", "Ph.D": groups of one or two letters joined by single periods.</summary>
    private static bool IsLetterPeriodSequence(ReadOnlySpan<char> word)
    {
        int groups = 0;
        int run = 0;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                groups++;
                run = 0;
            }
            else if (++run > 2)
            {
                return false;
            }
        }

        return run > 0 && groups >= 1;
    }

    /// <summary>Looks past the chunk: does a new sentence begin after it?</summary>
    private bool EndsSentence(int chunkEnd)
    {
        var text = _text;
        int k = chunkEnd;
        bool newline = false;
        while (k < text.Length && CharClass.IsSpace(text[k]))
        {
            newline |= text[k] == '\n';
            k++;
        }

        if (k >= text.Length)
        {
            return true;
        }

        char c = text[k];
        if (CharClass.IsLower(c))
        {
            return false;
        }

        if (newline)
        {
            return true;
        }

        if (CharClass.IsOpener(c) && k + 1 < text.Length && CharClass.IsUpper(text[k + 1]))
        {
            k++;
        }
        else if (!CharClass.IsUpper(c))
        {
            return false;
        }

        int end = k + 1;
        while (end < text.Length && (CharClass.IsLetter(text[end]) || (CharClass.IsApostrophe(text[end]) && end + 1 < text.Length && CharClass.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return _lexicon.IsSentenceStarter(text.Slice(k, end - k));
    }

    private int NextNonSpace(int k)
    {
        while (k < _text.Length && CharClass.IsSpace(_text[k]))
        {
            k++;
        }

        return k;
    }

    // ---- the middle: words, numbers and the infixes between them ----

    private void Middle(int a, int b)
    {
        var text = _text;
        var cuts = b - a <= _lexicon.MaxContractionLength ? _lexicon.ContractionCuts(text.Slice(a, b - a)) : default;
        if (!cuts.IsEmpty)
        {
            int from = a;
            foreach (byte cut in cuts)
            {
                _output.Add(from, a + cut);
                from = a + cut;
            }

            _output.Add(from, b);
            return;
        }

        int piece = a;
        int runStart = a;
        int k = a;
        while (k < b)
        {
            char c = text[k];
            if (CharClass.IsWordChar(c))
            {
                int r = k + 1;
                while (r < b && CharClass.IsWordChar(text[r]))
                {
                    r++;
                }

                if (CharClass.IsDigit(c))
                {
                    int d = k + 1;
                    while (d < r && CharClass.IsDigit(text[d]))
                    {
                        d++;
                    }

                    if (d < r && IsUnitAfterNumber(d, r))
                    {
                        _output.Add(piece, d); // "10km" -> "10" "km", as in EWT; "2nd", "1990s" stay
                        piece = d;
                    }
                }

                runStart = k;
                k = r;
                continue;
            }

            if (k == piece)
            {
                if ((c == '.' && k + 1 < b && CharClass.IsWordChar(text[k + 1])) || (c == '+' && k + 1 < b && CharClass.IsDigit(text[k + 1])))
                {
                    k++; // ".5", ".com", "+44"
                    continue;
                }

                int run = PunctuationRun(k, b);
                _output.Add(k, k + run);
                k += run;
                piece = k;
                continue;
            }

            int join = JoinLength(piece, runStart, k, b);
            if (join > 0)
            {
                k += join;
                continue;
            }

            _output.Add(piece, k);
            piece = k;
        }

        if (piece < b)
        {
            _output.Add(piece, b);
        }
    }

    private const int MaxNumberGroups = 6;

    private bool IsUnitAfterNumber(int d, int r)
    {
        var text = _text;
        for (int i = d; i < r; i++)
        {
            if (!CharClass.IsLetter(text[i]))
            {
                return false;
            }
        }

        var unit = text.Slice(d, r - d);
        return !(unit.Equals("s", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("st", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("rd", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("th", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>How many characters from the infix at <paramref name="k"/> stay in the current token (0 splits).</summary>
    private int JoinLength(int piece, int runStart, int k, int b)
    {
        var text = _text;
        if (b - piece <= _lexicon.MaxWholeTokenLength && _lexicon.IsWholeToken(text.Slice(piece, b - piece)))
        {
            return b - k; // "9/11", "24/7"
        }

        char c = text[k];
        char previous = text[k - 1];
        char next = k + 1 < b ? text[k + 1] : '\0';
        if (!CharClass.IsWordChar(previous))
        {
            return c == '.' && k + 1 == b ? 1 : 0;
        }

        switch (c)
        {
            case '.':
                if (next == '.')
                {
                    return 0;
                }

                if (CharClass.IsWordChar(next) || k + 1 == b)
                {
                    return 1;
                }

                return IsAbbreviationLike(WordBefore(piece, k)) || _lexicon.IsTitle(WordBefore(piece, k)) ? 1 : 0;
            case ',':
            case ':':
                return CharClass.IsDigit(previous) && CharClass.IsDigit(next) && IsDigits(runStart, k) ? 1 : 0;
            case '-':
                if (!CharClass.IsWordChar(next))
                {
                    return 0;
                }

                if (runStart == piece && _lexicon.IsHyphenPrefix(text.Slice(piece, k - piece)))
                {
                    return 1;
                }

                return DigitChainLength(piece, k, b, '-');
            case '/':
                if (!CharClass.IsWordChar(next))
                {
                    return 0;
                }

                if (runStart == piece && k - piece == 1 && CharClass.IsLetter(previous) && CharClass.IsLetter(next) && (k + 2 == b || !CharClass.IsWordChar(text[k + 2])))
                {
                    return 1; // "b/c", "w/o", "l/c"
                }

                return DigitChainLength(piece, k, b, '/');
            case '\'':
            case '\u2019':
                if (CharClass.IsDigit(previous) && next is 's' or 'S' && k + 2 == b)
                {
                    return 2; // "1990's", as EWT keeps it
                }

                return CharClass.IsLetter(previous) && CharClass.IsLetter(next) ? 1 : 0;
            case '&':
                // "AT&T", "PG&E" stay whole; EWT splits single letters ("B" "&" "W")
                return CharClass.IsWordChar(next) && !(k - runStart == 1 && (k + 2 == b || !CharClass.IsWordChar(text[k + 2]))) ? 1 : 0;
            case '@':
                return CharClass.IsWordChar(next) ? 1 : 0;
            case '*':
                return CharClass.IsLetter(previous) && CharClass.IsLetter(next) ? 1 : 0;
            default:
                return 0;
        }
    }

    /// <summary>The letters and periods right before <paramref name="k"/>, back to <paramref name="piece"/>: "U.S" in "U.S.".</summary>
    private ReadOnlySpan<char> WordBefore(int piece, int k)
    {
        int start = k;
        while (start > piece && (CharClass.IsLetter(_text[start - 1]) || _text[start - 1] == '.'))
        {
            start--;
        }

        return _text.Slice(start, k - start);
    }

    private bool IsDigits(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!CharClass.IsDigit(_text[i]))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>
    /// Phone numbers and dates stay whole ("713-853-3989", "345-9945", "11/28/2000"); other
    /// number ranges split ("3-4", "1969-1970"). Returns how far the whole chain reaches from
    /// <paramref name="k"/>, or 0 to split.
    /// </summary>
    private int DigitChainLength(int piece, int k, int b, char separator)
    {
        if (!IsDigits(piece, k))
        {
            return 0;
        }

        var text = _text;
        int groups = 1;
        int firstLength = k - piece;
        int lastLength = 0;
        int end = k;
        while (end < b && text[end] == separator && end + 1 < b && CharClass.IsDigit(text[end + 1]))
        {
            if (groups == MaxNumberGroups)
            {
                return 0; // longer chains are not phone numbers or dates; bounded so long input stays linear
            }

            int g = end + 1;
            while (g < b && CharClass.IsDigit(text[g]))
            {
                g++;
            }

            groups++;
            lastLength = g - end - 1;
            end = g;
        }

        if (end < b && CharClass.IsWordChar(text[end]))
        {
            return 0;
        }

        bool whole = groups >= 3 || (separator == '-' && groups == 2 && firstLength <= 3 && lastLength == 4);
        return whole ? end - k : 0;
    }
}

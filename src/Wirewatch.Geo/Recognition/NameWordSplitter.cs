using Wirewatch.Core.Documents;
using Wirewatch.Geo.Text;

namespace Wirewatch.Geo.Recognition;

/// <summary>Splits a tokenised document into <see cref="NameWord"/>s; works with any tokenizer, even a whitespace one.</summary>
internal static class NameWordSplitter
{
    public static List<NameWord> Split(Document document)
    {
        var text = document.Text;
        var tokens = document.TokenLayer;
        var sentences = document.Find<SentenceLayer>(LayerKind.Sentences);
        var words = new List<NameWord>(tokens.Count + 16);
        int sentence = 0;
        int previousEnd = -1;
        int previousSentence = -1;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (sentences is not null)
            {
                while (sentence + 1 < sentences.Count && sentences.FirstToken(sentence + 1) <= t)
                {
                    sentence++;
                }
            }

            int i = tokens.StartOf(t);
            int end = tokens.EndOf(t);
            while (i < end)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                bool dotted = false;
                while (i < end)
                {
                    char c = text[i];
                    if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                    }
                    else if ((c == '.' || PlaceNameNormalizer.IsApostrophe(c)) && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        dotted |= c == '.';
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                int wordEnd = i;
                if (dotted && i < end && text[i] == '.')
                {
                    wordEnd = ++i; // keep the final period of "U.S."
                }

                // possessive: Libya's, Libya’s
                if (wordEnd - start > 2 && (text[wordEnd - 1] == 's' || text[wordEnd - 1] == 'S') && PlaceNameNormalizer.IsApostrophe(text[wordEnd - 2]))
                {
                    wordEnd -= 2;
                }

                bool breakBefore = previousEnd < 0 || previousSentence != sentence || !OnlySpaceOrHyphen(text, previousEnd, start);
                bool capitalised = char.IsUpper(text[start]);
                bool allCaps = capitalised && IsAllCaps(text.AsSpan(start, wordEnd - start));
                bool sentenceInitial = previousSentence != sentence || previousEnd < 0 || StartsClause(text, previousEnd, start);
                words.Add(new NameWord(start, wordEnd, sentence, capitalised, allCaps, breakBefore, sentenceInitial));
                previousEnd = i;
                previousSentence = sentence;
            }
        }

        return words;
    }

    private static bool OnlySpaceOrHyphen(string text, int from, int to)
    {
        int hyphens = 0;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c is '-' or '\u2010' or '\u2011')
            {
                hyphens++;
            }
            else if (c is not ' ' and not '\u00A0')
            {
                return false;
            }
        }

        return hyphens <= 1;
    }

    // An opening quote or a colon also starts a clause whose first word is capitalised for grammar.
    private static bool StartsClause(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (text[k] is '"' or '\u201C' or ':' or '\n' or '(' or '\u2014')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}

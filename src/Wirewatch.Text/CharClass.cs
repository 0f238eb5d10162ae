using System.Globalization;
using System.Runtime.CompilerServices;

namespace Wirewatch.Text;

/// <summary>Character tests shared by the tokenizer and the sentence splitter, with ASCII fast paths.</summary>
internal static class CharClass
{
    /// <summary>
    /// Token separators: Unicode whitespace, ASCII control characters, and the invisible
    /// zero-width space, word joiner and byte-order mark, which must never end up inside a token.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c)
    {
        if (c <= ' ')
        {
            return true;
        }

        return c >= '\u0080' && (char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF');
    }

    /// <summary>Letters, digits, underscore and combining marks: the characters words are made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c)
    {
        if (c < '\u0080')
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';
        }

        return char.IsLetterOrDigit(c) || IsCombining(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c)
    {
        if (c < '\u0080')
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        }

        return char.IsLetter(c) || IsCombining(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => c < '\u0080' ? (uint)(c - '0') <= 9 : char.IsDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < '\u0080' ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < '\u0080' ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>Straight, curly and backtick apostrophes (also used as single quotes).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    /// <summary>Characters that end a sentence: full stop, question and exclamation marks, ellipsis.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    /// <summary>Dashes and hyphens that form runs such as "--" or "——".</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>Quotes and brackets that can close a sentence's last clause.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    /// <summary>Quotes and brackets that can open a sentence.</summary>
    public static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u201E' or '`';

    private static bool IsCombining(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}

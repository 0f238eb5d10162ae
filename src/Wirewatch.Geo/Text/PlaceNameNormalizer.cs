namespace Wirewatch.Geo.Text;

/// <summary>
/// Turns a place name into its lookup key: case-folded, Latin diacritics removed, apostrophes and
/// periods dropped ("U.S." → "us", "N'Djamena" → "ndjamena"), every other run of non-letters
/// (spaces, hyphens, dashes, commas) collapsed to one space, trimmed. The compiler and the matcher
/// both use it, so a name in the text and a name in the gazetteer meet at the same key.
/// </summary>
public static class PlaceNameNormalizer
{
    /// <summary>Keys longer than this are truncated; no useful place name is longer.</summary>
    public const int MaxKeyLength = 96;

    /// <summary>Writes the key of <paramref name="source"/> into <paramref name="destination"/>; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && n > 0)
                {
                    if (n >= destination.Length)
                    {
                        break;
                    }

                    destination[n++] = ' ';
                }

                pendingSpace = false;
                if (c < 128)
                {
                    if (n >= destination.Length)
                    {
                        break;
                    }

                    destination[n++] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                }
                else if (LatinFolding.TryFold(c, out char first, out char second))
                {
                    if (n + (second == '\0' ? 1 : 2) > destination.Length)
                    {
                        break;
                    }

                    destination[n++] = first;
                    if (second != '\0')
                    {
                        destination[n++] = second;
                    }
                }
                else
                {
                    if (n >= destination.Length)
                    {
                        break;
                    }

                    destination[n++] = char.ToLowerInvariant(c);
                }
            }
            else if (IsDropped(c))
            {
                continue;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return n;
    }

    /// <summary>The key of <paramref name="source"/> as a string (allocates; for compilers and tests).</summary>
    public static string Normalize(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Span<char> buffer = stackalloc char[MaxKeyLength * 2];
        int length = Normalize(source, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>True for the apostrophes and quote-like letters that are dropped inside names.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BB' or '\u02BC' or '\u02BF' or '\u02BE';

    // Periods vanish (abbreviations), apostrophes vanish, and combining marks vanish (already-decomposed text).
    private static bool IsDropped(char c) =>
        c == '.' || IsApostrophe(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}

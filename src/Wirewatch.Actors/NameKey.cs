namespace Wirewatch.Actors;

/// <summary>
/// The lookup key of a name: its letters and digits, lower-cased, with everything else dropped, so that
/// "al-Qaeda", "Al Qaeda" and "AL_QAEDA" meet at <c>alqaeda</c> whatever the tokenizer does with the hyphen.
/// </summary>
public static class NameKey
{
    /// <summary>Keys longer than this are not looked up; no name in the dictionaries is longer.</summary>
    public const int MaxLength = 96;

    /// <summary>Appends the key characters of <paramref name="text"/> to <paramref name="buffer"/> at <paramref name="length"/>; false when it would overflow.</summary>
    public static bool Append(ReadOnlySpan<char> text, Span<char> buffer, ref int length)
    {
        foreach (char c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (length >= buffer.Length)
            {
                return false;
            }

            buffer[length++] = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
        }

        return true;
    }

    /// <summary>The key of <paramref name="text"/> as a string (allocates; for building tables).</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Math.Max(MaxLength, text.Length)];
        int length = 0;
        Append(text, buffer, ref length);
        return new string(buffer[..length]);
    }

    /// <summary>True when <paramref name="text"/> has a letter or digit.</summary>
    public static bool HasKeyChars(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every letter of <paramref name="text"/> is upper case and there is at least one.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        bool letter = false;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letter = true;
            }
        }

        return letter;
    }

    /// <summary>True when the first letter or digit of <paramref name="text"/> is an upper-case letter or a digit.</summary>
    public static bool StartsCapitalised(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }
        }

        return false;
    }
}

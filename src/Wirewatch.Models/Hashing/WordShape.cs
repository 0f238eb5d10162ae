namespace Wirewatch.Models.Hashing;

/// <summary>
/// The orthographic shape of a word: upper-case letters become <c>X</c>, lower-case <c>x</c>, digits <c>d</c>,
/// other characters stay; runs longer than two are cut to two ("Obama" → "Xxx", "U.S." → "X.X.", "2015" → "dd").
/// </summary>
public static class WordShape
{
    /// <summary>The longest shape produced; longer words are cut.</summary>
    public const int MaxLength = 12;

    /// <summary>Writes the shape of <paramref name="word"/> into <paramref name="shape"/> and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> word, Span<char> shape)
    {
        int length = 0;
        int limit = Math.Min(MaxLength, shape.Length);
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (length >= 2 && shape[length - 1] == s && shape[length - 2] == s)
            {
                continue;
            }

            if (length == limit)
            {
                break;
            }

            shape[length++] = s;
        }

        return length;
    }

    /// <summary>The shape as a string (allocates; for tests and diagnostics).</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Write(word, buffer)]);
    }

    /// <summary>The <see cref="FeatureHash.Chars"/> hash of the shape, without allocating.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return FeatureHash.Chars(buffer[..Write(word, buffer)]);
    }
}

using System.Text;

namespace Wirewatch.Eval.Muc4;

/// <summary>
/// The mention normalisation of the reference scorer: lower case, drop ASCII punctuation, drop the words
/// "a", "an", "the", collapse white space. Mentions are compared only after this.
/// </summary>
public static class Muc4TextNormalizer
{
    // Python's string.punctuation.
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    public static string Normalize(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var lower = mention.ToLowerInvariant();
        var kept = new StringBuilder(lower.Length);
        foreach (char c in lower)
        {
            if (!Punctuation.Contains(c, StringComparison.Ordinal))
            {
                kept.Append(c);
            }
        }

        // Articles are removed as whole words (\b...\b in the reference: word = letters and digits), leaving a space.
        var text = kept.ToString();
        var spaced = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWord(text[i]))
            {
                spaced.Append(text[i]);
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWord(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (word is "a" or "an" or "the")
            {
                spaced.Append(' ');
            }
            else
            {
                spaced.Append(word);
            }
        }

        var result = new StringBuilder(spaced.Length);
        foreach (var part in spaced.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(part);
        }

        return result.ToString();
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}

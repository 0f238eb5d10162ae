using System.Security.Cryptography;
using System.Text;

namespace Wirewatch.Ingest.Dedup;

/// <summary>
/// Stable article ids: 16 hex digits of SHA-256 over the canonical URL, else over the normalised text
/// (lower case, whitespace runs collapsed), so that re-ingesting the same article finds the same id.
/// </summary>
public static class ArticleId
{
    public static string FromCanonicalUrl(string canonicalUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonicalUrl);
        return Hash("url\n" + canonicalUrl);
    }

    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Hash("text\n" + Normalize(text));
    }

    /// <summary>The id of an article: from its URL when it has an http(s) one, else from its text.</summary>
    public static string For(string? canonicalUrl, string text) =>
        canonicalUrl is not null ? FromCanonicalUrl(canonicalUrl) : FromText(text);

    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static string Hash(string value)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}

using System.Text;

namespace Wirewatch.Ingest.Dedup;

/// <summary>
/// One spelling per article URL, so that the same story reached by different links gets one id:
/// http and https are one, the host is lower case without <c>www.</c>, default ports, fragments,
/// tracking parameters (utm_*, fbclid, ...) and a trailing slash are dropped, and the remaining
/// query parameters are sorted. The result is for comparing, not for fetching.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl",
        "ref", "ref_src", "referrer", "cmpid", "ocid", "ncid", "smid", "sr_share", "share", "src", "source",
        "wt.mc_id", "icid", "ito", "at_medium", "at_campaign", "partner", "CMP", "ftag", "taid", "feedtype",
    };

    /// <summary>The canonical form of an absolute http(s) URL; null when <paramref name="url"/> is not one.</summary>
    public static string? Canonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var sb = new StringBuilder("https://", url.Length + 8);
        sb.Append(host);
        if (!uri.IsDefaultPort && uri.Port != 443 && uri.Port != 80)
        {
            sb.Append(':').Append(uri.Port);
        }

        var path = uri.AbsolutePath;
        while (path.Length > 1 && path.EndsWith('/'))
        {
            path = path[..^1];
        }

        if (path != "/")
        {
            sb.Append(path);
        }

        var kept = new List<string>();
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? pair : pair[..eq];
            if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name))
            {
                continue;
            }

            kept.Add(pair);
        }

        if (kept.Count > 0)
        {
            kept.Sort(StringComparer.Ordinal);
            sb.Append('?').AppendJoin('&', kept);
        }

        return sb.ToString();
    }
}

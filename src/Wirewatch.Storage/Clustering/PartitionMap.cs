using System.Text.Json;

namespace Wirewatch.Storage.Clustering;

/// <summary>
/// Which clustering partition an event belongs to: the country of its location, so that events that can be one
/// incident (same country, see <see cref="EventSimilarity"/>) meet in one partition and one consumer.
/// </summary>
public static class PartitionMap
{
    /// <summary>The partition of events without a country.</summary>
    public const string NoCountry = "XXX";

    /// <summary>The partition key: the upper-cased country code, or <see cref="NoCountry"/>.</summary>
    /// <remarks>Keys are letters only, so they are safe as NATS subject tokens and consumer names.</remarks>
    public static string PartitionOf(string? countryCode)
    {
        if (string.IsNullOrWhiteSpace(countryCode))
        {
            return NoCountry;
        }

        var code = countryCode.Trim();
        foreach (char c in code)
        {
            if (!char.IsAsciiLetter(c))
            {
                return NoCountry;
            }
        }

        return code.ToUpperInvariant();
    }

    /// <summary>The partition of a stored event's JSON (its <c>location.countryCode</c>).</summary>
    public static string PartitionOfEvent(string eventJson)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        using var doc = JsonDocument.Parse(eventJson);
        return doc.RootElement.ValueKind == JsonValueKind.Object
            && doc.RootElement.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Object
            && location.TryGetProperty("countryCode", out var code) && code.ValueKind == JsonValueKind.String
            ? PartitionOf(code.GetString())
            : NoCountry;
    }

    /// <summary>One candidate per event of an article, in event order (what a worker publishes after the commit).</summary>
    public static IReadOnlyList<EventCandidate> FromStoredEvents(string articleId, IReadOnlyList<EventRow> events, string pipelineVersion)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(pipelineVersion);
        var list = new EventCandidate[events.Count];
        for (int i = 0; i < events.Count; i++)
        {
            list[i] = new EventCandidate(articleId, i, pipelineVersion, PartitionOf(events[i].Country), events[i].Json);
        }

        return list;
    }

    /// <summary>One candidate per event of an article record.</summary>
    public static IReadOnlyList<EventCandidate> FromArticle(ArticleRecord article, string pipelineVersion)
    {
        ArgumentNullException.ThrowIfNull(article);
        return FromStoredEvents(article.Id, article.Events, pipelineVersion);
    }
}

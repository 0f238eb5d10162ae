using System.Globalization;
using System.Text.Json;
using Wirewatch.Storage.Export;

namespace Wirewatch.Storage.Clustering;

/// <summary>What clustering needs of one stored event: type, date, place, actors, counts and words.</summary>
public sealed record ClusterCandidate
{
    public required string EventId { get; init; }

    public required string ArticleId { get; init; }

    public string? Source { get; init; }

    public DateOnly? Published { get; init; }

    public string? Type { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? DateEnd { get; init; }

    /// <summary>Whether the date was stated (explicit or relative) rather than the publication date used as a fallback.</summary>
    public bool DateStated { get; init; }

    public string? Country { get; init; }

    public string? PlaceName { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public int? Precision { get; init; }

    /// <summary>Resolved ids or lower-cased names of the actors ("a:" prefix) and recipients ("r:").</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    public int? Killed { get; init; }

    /// <summary>Lower-cased content words of the evidence.</summary>
    public IReadOnlySet<string> Words { get; init; } = new HashSet<string>();

    /// <summary>Reads a candidate from a stored event.</summary>
    public static ClusterCandidate From(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var doc = JsonDocument.Parse(stored.Json);
        var e = new ExportedEvent(stored.Article, doc.RootElement, stored.Ordinal);
        var participants = new List<string>();
        // Roles are kept apart: "Trump attacked X" and "Y attacked Trump" share a name, not an actor.
        foreach (var p in e.Actors)
        {
            participants.Add("a:" + Key(p));
        }

        foreach (var p in e.Recipients)
        {
            participants.Add("r:" + Key(p));
        }

        return new ClusterCandidate
        {
            EventId = stored.Id,
            ArticleId = stored.Article.Id,
            Source = stored.Article.Source ?? Host(stored.Article.Url) ?? stored.Article.Id,
            Published = stored.Article.Published,
            Type = e.Type,
            Date = Parse(e.DateValue) ?? stored.Article.Published,
            DateEnd = Parse(e.DateEnd),
            DateStated = e.DateBasis is not null and not "publication-fallback",
            Country = e.CountryCode,
            PlaceName = e.LocationName,
            Latitude = e.Latitude,
            Longitude = e.Longitude,
            Precision = e.GeoPrecision,
            Participants = participants,
            Killed = e.Killed,
            Words = ContentWords(e.EvidenceText),
        };
    }

    internal static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    words.Add(text[start..i].ToLowerInvariant());
                }

                start = -1;
            }
        }

        return words;
    }

    private static string Key(ExportedParticipant p) => (p.EntityId ?? p.Canonical ?? p.Text).ToLowerInvariant();

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Host(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
}

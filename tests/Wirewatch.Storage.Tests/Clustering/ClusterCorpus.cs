using System.Globalization;

namespace Wirewatch.Storage.Tests.Clustering;

/// <summary>
/// A synthetic, seeded corpus for the clustering tests: incidents in four countries and unplaced ones, each
/// reported by two to four outlets on neighbouring days (some across a month's end), with stray events of other
/// incidents in some articles and close-by incidents of one type that compete for reports.
/// </summary>
internal static class ClusterCorpus
{
    private static readonly (string Code, double Lat, double Lon)[] Countries =
        [("LBY", 32.89, 13.19), ("TUN", 36.80, 10.18), ("IRQ", 33.31, 44.36), ("SYR", 36.20, 37.15), ("", 0, 0)];

    private static readonly string[] Types = ["ASSAULT", "PROTEST", "FIGHT"];

    private static readonly string[] Outlets = ["Reuters", "AP", "AFP", "BBC", "Al Jazeera"];

    private static readonly string[] Words = ["gunmen", "stormed", "market", "checkpoint", "convoy", "protesters", "marched", "clashes", "shelling", "militia"];

    public static List<ArticleRecord> Build(int seed = 7, int incidents = 60)
    {
        var rng = new Random(seed);
        var articles = new List<ArticleRecord>();
        var start = new DateOnly(2015, 1, 18);
        for (int i = 0; i < incidents; i++)
        {
            var day = start.AddDays(rng.Next(0, 28));
            var (code, lat, lon) = Countries[rng.Next(Countries.Length)];
            var type = Types[rng.Next(Types.Length)];
            // Incidents of one country sit within a degree of its capital: some are within 50 km of each other.
            double ilat = lat + (rng.NextDouble() - 0.5), ilon = lon + (rng.NextDouble() - 0.5);
            int killed = rng.Next(1, 30);
            string actor = "q" + rng.Next(0, 6).ToString(CultureInfo.InvariantCulture);
            string words = string.Join(' ', Words[rng.Next(Words.Length)], Words[rng.Next(Words.Length)], Words[rng.Next(Words.Length)]);
            int reports = rng.Next(2, 5);
            for (int r = 0; r < reports; r++)
            {
                var date = day.AddDays(rng.Next(0, 2) - (r == 0 ? 0 : rng.Next(0, 2)));
                var events = new List<string> { Event(type, date, code, ilat + (rng.NextDouble() * 0.02), ilon, killed + rng.Next(0, 2), actor, words) };
                if (rng.Next(4) == 0)
                {
                    var (c2, la2, lo2) = Countries[rng.Next(Countries.Length)];
                    events.Add(Event(Types[rng.Next(Types.Length)], date.AddDays(-rng.Next(0, 3)), c2, la2, lo2, rng.Next(1, 5), "q9", "unrelated report elsewhere"));
                }

                var id = "a" + articles.Count.ToString("D4", CultureInfo.InvariantCulture);
                articles.Add(Article(id, Outlets[(i + r) % Outlets.Length], date.AddDays(1), events));
            }
        }

        return articles;
    }

    public static string Event(string type, DateOnly date, string country, double lat, double lon, int killed, string actor, string words)
    {
        var location = country.Length == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $$""","location":{"name":"Town","countryCode":"{{country}}","lat":{{lat:0.0000}},"lon":{{lon:0.0000}},"precision":1}""");
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"type":"{{type}}","actors":[{"text":"{{actor}}","entityId":"{{actor}}"}],"date":{"value":"{{date:yyyy-MM-dd}}","basis":"explicit"}{{location}},"killed":{"value":{{killed}}},"evidence":[{"text":"{{words}}"}]}""");
    }

    public static ArticleRecord Article(string id, string source, DateOnly published, IReadOnlyList<string> events)
    {
        var record = $$"""{"format":"1","id":"{{id}}","text":"Text of {{id}}.","events":[{{string.Join(",", events)}}],"quotes":[]}""";
        var sections = RecordSections.Extract(record);
        return new ArticleRecord
        {
            Id = id,
            Url = $"https://example.com/{id}",
            CanonicalUrl = $"https://example.com/{id}",
            Title = $"Title {id}",
            Source = source,
            Published = published,
            DateBasis = "metadata",
            Language = "en",
            Origin = $"/in/{id}.txt",
            WordCount = 3,
            SimHash = (ulong)id.GetHashCode(StringComparison.Ordinal),
            RecordJson = record,
            Events = sections.Events,
            Quotes = sections.Quotes,
        };
    }

    /// <summary>The corpus in a seeded random order (another arrival order).</summary>
    public static List<ArticleRecord> Shuffled(List<ArticleRecord> articles, int seed)
    {
        var copy = new List<ArticleRecord>(articles);
        var rng = new Random(seed);
        for (int i = copy.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }
}

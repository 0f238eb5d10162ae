using System.Globalization;
using System.Text;

namespace Wirewatch.Storage.Benchmarks;

/// <summary>
/// Articles shaped like the pipeline's output: event JSON like the example article's (about 1.6 KB each, with
/// actors, place, date, counts and reasons), quotes of about 420 bytes, and a record of a chosen size (the full
/// document record of a 600-word article is about 130 KB: text, tokens, sentences, entities, places).
/// </summary>
internal static class SyntheticArticles
{
    private const string EventTemplate = """"{"type":"ASSAULT","mode":"massacre","contexts":["religion_ethnicity"],"cameo":"202","acled":{"eventType":"Violence against civilians","subEventType":"Attack"},"gtd":{"attackType":"Armed Assault","targetType":"Private Citizens & Property","weaponType":"Unknown"},"actors":[{"text":"gunmen","start":12,"end":18,"canonical":null,"entityId":null,"country":null,"sector":"UAF"}],"recipients":[{"text":"their victims","start":147,"end":160,"canonical":null,"entityId":null,"country":null,"sector":"CVL"}],"location":{"start":395,"end":400,"text":"Sirte","name":"Sirte","geonameid":2210554,"lat":31.2089,"lon":16.5887,"countryCode":"LBY","precision":1,"basis":"sentence","reason":"the place named in the trigger's sentence"},"date":{"value":"{DATE}","end":null,"precision":"day","basis":"explicit","span":null,"reason":"explicit date in the sentence"},"killed":{"value":{N},"min":null,"max":null,"span":{"start":153,"end":160,"text":"victims"},"reason":"killed: figure next to the victims"},"injured":null,"abducted":null,"arrested":null,"status":"asserted","claim":null,"attribution":null,"trigger":{"start":134,"end":146,"text":"slaughtering"},"evidence":[{"start":134,"end":146,"text":"slaughtering"}],"reason":"triggers-curated.tsv:71 verb 'slaughter'; place: the place named in the sentence; status: asserted: no report, claim or modal cue on the trigger","confidence":0.55,"sentence":{S},"mentions":1}"""";

    private const string QuoteTemplate = """"{"speaker":{"text":"a spokesman for the ministry","start":10,"end":38,"canonical":null,"entityId":null},"direct":true,"text":{"start":40,"end":160,"text":"We will not allow the attackers to escape justice, and we call on all parties to respect the ceasefire agreed last month."},"cue":{"text":"said","start":162,"end":166},"sentence":{S},"confidence":0.8}"""";

    /// <summary>An article with the given numbers of events and quotes, its record carrying <paramref name="padding"/> as its text.</summary>
    public static ArticleRecord Create(long serial, int events, int quotes, string padding)
    {
        var id = "bench-" + serial.ToString("D10", CultureInfo.InvariantCulture);
        var day = new DateOnly(2015, 1, 1).AddDays((int)(serial % 365));
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var eventRows = new EventRow[events];
        var record = new StringBuilder(padding.Length + (events * 1700) + (quotes * 450) + 256);
        record.Append("{\"format\":\"1\",\"id\":\"").Append(id).Append("\",\"text\":\"").Append(padding).Append("\",\"events\":[");
        for (int i = 0; i < events; i++)
        {
            var json = EventTemplate.Replace("{DATE}", date, StringComparison.Ordinal)
                .Replace("{N}", ((serial + i) % 40).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{S}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            eventRows[i] = new EventRow("ASSAULT", date, "LBY", json);
            record.Append(i == 0 ? string.Empty : ",").Append(json);
        }

        record.Append("],\"quotes\":[");
        var quoteRows = new QuoteRow[quotes];
        for (int i = 0; i < quotes; i++)
        {
            var json = QuoteTemplate.Replace("{S}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            quoteRows[i] = new QuoteRow("a spokesman for the ministry", json);
            record.Append(i == 0 ? string.Empty : ",").Append(json);
        }

        record.Append("]}");
        return new ArticleRecord
        {
            Id = id,
            Url = $"https://example.com/news/{id}",
            CanonicalUrl = $"https://example.com/news/{id}",
            Title = $"Attack near Sirte ({id})",
            Source = "Example Wire",
            Published = day,
            DateBasis = "metadata",
            Language = "en",
            Origin = $"/archive/{id}.txt",
            WordCount = 600,
            SimHash = unchecked((ulong)serial * 0x9E3779B97F4A7C15UL),
            RecordJson = record.ToString(),
            Events = eventRows,
            Quotes = quoteRows,
        };
    }

    /// <summary>Filler text of about <paramref name="bytes"/> bytes standing in for the record's document layers.</summary>
    public static string Padding(int bytes)
    {
        const string Words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore ";
        var sb = new StringBuilder(bytes + Words.Length);
        while (sb.Length < bytes)
        {
            sb.Append(Words);
        }

        return sb.ToString(0, bytes);
    }
}

using Wirewatch.Storage.Export;

namespace Wirewatch.Storage.Tests.Export;

/// <summary>Hand-written records in the shape DESIGN.md gives, for the export writers.</summary>
internal static class ExportRecords
{
    public const string LibyaRecord = """
        {"id":"a1","url":"https://example.com/libya","title":"Militants strike","source":"Example Wire","published":"2015-02-18","text":"...",
         "sentences":[{"start":0,"end":70,"text":"Egyptian jets pounded suspected militant sites in Libya on Monday."},{"start":71,"end":75,"text":"Two."},{"start":76,"end":80,"text":"Three."},
                      {"start":80,"end":140,"text":"IS militants claimed an assault on the Corinthia hotel last month, killing nine."}],
         "events":[
          {"type":"ASSAULT","mode":"aerial","contexts":["terrorism"],"cameo":"195","acled":{"eventType":"Explosions/Remote violence","subEventType":"Air/drone strike"},
           "gtd":null,
           "actors":[{"text":"Egyptian jets","start":0,"end":13,"canonical":"Egypt","entityId":"Q79","country":"EGY","sector":"MIL"}],
           "recipients":[{"text":"suspected militant sites","start":30,"end":54,"canonical":null,"country":null,"sector":"REB"}],
           "location":{"text":"Libya","start":58,"end":63,"name":"Libya","geonameid":2215636,"lat":27.0,"lon":17.0,"countryCode":"LBY","admin1":null,"precision":4},
           "date":{"value":"2015-02-16","end":null,"precision":"day","basis":"relative-to-publication","start":64,"end":70,"text":"Monday"},
           "status":"asserted","evidence":[{"start":0,"end":63,"text":"Egyptian jets pounded suspected militant sites in Libya"}],
           "reason":"trigger 'pound'","confidence":0.8,"sentence":0},
          {"type":"ASSAULT","mode":"firearms","contexts":["terrorism"],"cameo":"190","acled":{"eventType":"Violence against civilians","subEventType":"Attack"},
           "gtd":{"attackType":"Armed Assault","targetType":"Business","weaponType":"Firearms"},
           "actors":[{"text":"IS militants","start":80,"end":92,"canonical":"Islamic State","entityId":"Q2429253","country":null,"sector":"REB"}],
           "recipients":[{"text":"hotel guests, \"mostly foreigners\"","start":100,"end":110,"canonical":null,"country":null,"sector":"CVL"}],
           "location":{"text":"Tripoli","start":120,"end":127,"name":"Tripoli","geonameid":2210247,"lat":32.88743,"lon":13.18733,"countryCode":"LBY","admin1":"Tripoli","precision":1},
           "date":{"value":"2015-01-01","end":"2015-01-31","precision":"month","basis":"relative-to-publication","text":"last month"},
           "killed":{"value":9,"min":9,"max":9,"span":{"start":130,"end":134,"text":"nine"}},
           "status":"claimed","claim":{"claimant":"IS militants","channel":"social media","verified":"unverified"},
           "evidence":[{"start":80,"end":140,"text":"IS militants claimed an assault on the Corinthia hotel"}],
           "reason":"trigger 'assault'","confidence":0.7,"sentence":3}
         ],
         "quotes":[{"speaker":{"text":"Geoff Porter","start":200,"end":212,"canonical":"Geoff Porter","entityId":null,"descriptor":"North Africa specialist"},
                    "cue":{"text":"said","start":213,"end":217},"content":{"text":"You will end up with sporadic hits, like the attack","start":150,"end":199},"direct":true,"partial":false}]}
        """;

    public const string NoEventsRecord = """{"id":"b2","url":null,"title":"Quiet day","source":null,"published":"2015-03-01","text":"Nothing happened."}""";

    public static StoredArticle Article(string json, string id, DateOnly published) =>
        new(id, "https://example.com/" + id, "title " + id, "Example Wire", published, "en", json);

    public static CountryTable Countries() => CountryTable.Parse(new StringReader(
        "# alpha3\talpha2\tnumeric\tname\tregion\n" +
        "LBY\tLY\t434\tLibya\tAfrica\n" +
        "EGY\tEG\t818\tEgypt\tAfrica\n"));

    /// <summary>Runs a writer over the two records and returns what it wrote and the row count.</summary>
    public static (string Text, long Rows) Export(string format, EventFilter? filter = null) => Export(format, LibyaRecord, filter);

    /// <summary>The same with <paramref name="first"/> in place of the Libya record.</summary>
    public static (string Text, long Rows) Export(string format, string first, EventFilter? filter = null)
    {
        using var stream = new MemoryStream();
        long rows = 0;
        using (var writer = ExportFormats.Find(format)!.Create(stream, new ExportOptions { Filter = filter ?? EventFilter.None, Countries = Countries() }))
        {
            rows += writer.Write(Article(first, "a1", new DateOnly(2015, 2, 18)));
            rows += writer.Write(Article(NoEventsRecord, "b2", new DateOnly(2015, 3, 1)));
            rows += writer.Write(Article("{not json", "c3", new DateOnly(2015, 3, 2)));
            writer.Complete();
        }

        return (System.Text.Encoding.UTF8.GetString(stream.ToArray()), rows);
    }
}

using Wirewatch.Storage.Clustering;

namespace Wirewatch.Storage.Tests.Clustering;

public class CompactEventTests
{
    private const string Full = """"{"type":"ASSAULT","mode":"massacre","cameo":"202","actors":[{"text":"gunmen","start":12,"end":18,"canonical":"Islamic State","entityId":"Q2429253","country":null,"sector":"REB"}],"recipients":[{"text":"their victims","start":147,"end":160,"canonical":null,"entityId":null,"country":null,"sector":"CVL"}],"location":{"start":395,"end":400,"text":"Sirte","name":"Sirte","geonameid":2210554,"lat":31.2089,"lon":16.5887,"countryCode":"LBY","precision":1,"basis":"sentence","reason":"r"},"date":{"value":"2015-02-15","end":"2015-02-16","precision":"day","basis":"explicit","span":null,"reason":"r"},"killed":{"value":21,"min":null,"max":null,"span":{"start":153,"end":160,"text":"victims"},"reason":"r"},"injured":null,"status":"asserted","trigger":{"start":134,"end":146,"text":"slaughtering"},"evidence":[{"start":134,"end":146,"text":"slaughtering"},{"start":150,"end":160,"text":"beheaded 21 Copts"}],"reason":"r","confidence":0.55,"sentence":0}"""";

    private static ClusterCandidate Candidate(string json) =>
        ClusterCandidate.From(new StoredEvent(new StoredArticle("a1", "https://example.com/a1", null, "Reuters", new DateOnly(2015, 2, 16), "en", string.Empty), 0, json));

    [Fact]
    public void Clustering_reads_the_same_candidate_from_the_compact_event()
    {
        var compact = CompactEvent.From(Full);
        Assert.True(compact.Length * 2 < Full.Length, compact);
        var (a, b) = (Candidate(Full), Candidate(compact));
        // Scalars through record equality (with the collections made identical), collections by content.
        string[] noParticipants = [];
        var noWords = new HashSet<string>();
        Assert.Equal(a with { Participants = noParticipants, Words = noWords }, b with { Participants = noParticipants, Words = noWords });
        Assert.Equal(a.Participants, b.Participants);
        Assert.Equal(a.Words.Order(StringComparer.Ordinal), b.Words.Order(StringComparer.Ordinal));
        Assert.Equal(21, b.Killed);
        Assert.Equal(new DateOnly(2015, 2, 16), b.DateEnd);
    }

    [Fact]
    public void A_bare_event_stays_bare()
    {
        Assert.Equal("""{"type":"PROTEST","killed":3}""", CompactEvent.From("""{"type":"PROTEST","killed":3,"status":"asserted"}"""));
        Assert.Equal("{}", CompactEvent.From("[]"));
    }
}

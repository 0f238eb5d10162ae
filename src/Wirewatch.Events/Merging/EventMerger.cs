using Wirewatch.Core.Documents;
using Wirewatch.Events.Attributes;
using Wirewatch.Geo.Events;

namespace Wirewatch.Events.Merging;

/// <summary>
/// Merges the mentions of one incident within an article. Two mentions merge when their types agree, nothing
/// conflicts (status family, places in different countries, explicit dates that do not overlap, different killed
/// counts, different named actors) and something ties them: they hang together in one sentence's parse ("claimed an
/// assault ..., killing nine"), or they share an actor or recipient (same entity, or a shared content word such as
/// "Corinthia" or "Christians"), or the later one has no actor and directly follows the earlier one ("Islamic State
/// gunmen attacked ... Some victims were beheaded"). Each mention joins the nearest earlier event it fits. The merged
/// event keeps every evidence span and the most specific value of each field.
/// </summary>
internal static class EventMerger
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "its", "their", "his", "her", "'s", "’s", "some", "other", "people", "person", "group", "groups", "u.s.", "state", "states",
    };

    public static List<CodedEvent> Merge(List<CodedEvent> mentions, CoderParse view)
    {
        var events = new List<CodedEvent>(mentions.Count);
        foreach (var m in mentions)
        {
            int target = -1;
            for (int i = events.Count - 1; i >= 0; i--)
            {
                if (Fits(events[i], m, view))
                {
                    target = i;
                    break;
                }
            }

            if (target < 0)
            {
                events.Add(m);
            }
            else
            {
                events[target] = Combine(events[target], m);
            }
        }

        return events;
    }

    /// <summary>Whether mention <paramref name="b"/> (later) belongs to event <paramref name="a"/>.</summary>
    internal static bool Fits(CodedEvent a, CodedEvent b, CoderParse? view)
    {
        if (a.Type != b.Type || Family(a.Status) != Family(b.Status))
        {
            return false;
        }

        if (Conflict(a, b))
        {
            return false;
        }

        if (view is not null && a.Sentence == b.Sentence && Linked(a.TriggerToken, b.TriggerToken, view))
        {
            return true;
        }

        bool actorTie = Overlap(a.Actors, b.Actors);
        bool recipientTie = Overlap(a.Recipients, b.Recipients);
        bool recipientsFree = a.Recipients.Count == 0 || b.Recipients.Count == 0 || recipientTie;
        // A shared recipient is enough (different named actors were ruled out above); a shared actor needs the
        // recipients to agree too, since one actor does many things.
        if ((actorTie && recipientsFree && (recipientTie || a.Sentence != b.Sentence)) || recipientTie)
        {
            return true;
        }

        // "slaughtering their victims" ... "the execution of 21 Egyptian Christians": victims named only through a
        // possessive or definite determiner point at an incident told a sentence or two away.
        if (b.Sentence - a.Sentence <= 2 && (Anaphoric(a.Recipients) || Anaphoric(b.Recipients)) && (a.Actors.Count == 0 || b.Actors.Count == 0 || actorTie))
        {
            return true;
        }

        // A follow-up sentence without an actor ("Some victims were beheaded.") continues the previous one's incident.
        return b.Actors.Count == 0 && a.Actors.Count > 0 && b.Sentence == a.Sentence + 1;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "their", "the", "his", "her", "its", "those", "these" };

    private static readonly HashSet<string> VictimNouns = new(StringComparer.OrdinalIgnoreCase) { "victim", "hostage", "captive", "prisoner", "body" };

    private static bool Anaphoric(IReadOnlyList<EventParticipant> recipients)
    {
        if (recipients.Count == 0)
        {
            return false;
        }

        foreach (var r in recipients)
        {
            var words = r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !Determiners.Contains(words[0]) || !VictimNouns.Contains(Key(words[^1])))
            {
                return false;
            }
        }

        return true;
    }

    private static int Family(EventStatus status) => status switch
    {
        EventStatus.Hypothetical or EventStatus.Threatened => 1,
        EventStatus.Negated or EventStatus.Denied => 2,
        _ => 0,
    };

    private static bool Conflict(CodedEvent a, CodedEvent b)
    {
        if (a.Location is { } la && b.Location is { } lb && la.Basis != EventLocationBasis.ArticleFocus && lb.Basis != EventLocationBasis.ArticleFocus
            && la.Place.CountryCode != lb.Place.CountryCode)
        {
            return true;
        }

        if (a.Date is { } da && b.Date is { } db && da.Basis != DateBasis.PublicationFallback && db.Basis != DateBasis.PublicationFallback)
        {
            var aEnd = da.EndValue ?? da.Value;
            var bEnd = db.EndValue ?? db.Value;
            if (aEnd < db.Value || bEnd < da.Value)
            {
                return true;
            }
        }

        // Holding hostages and killing them are two incidents, and ACLED codes burning property apart from killing
        // people: abduction and destruction mentions merge only with their own kind.
        if ((a.Mode == "abduct") != (b.Mode == "abduct") || (a.Mode == "destroy") != (b.Mode == "destroy"))
        {
            return true;
        }

        if (a.Counts.Killed?.Value is int ka && b.Counts.Killed?.Value is int kb && ka != kb)
        {
            return true;
        }

        // Two different named actors are two incidents.
        return NamedDisjoint(a.Actors, b.Actors);
    }

    private static bool NamedDisjoint(IReadOnlyList<EventParticipant> x, IReadOnlyList<EventParticipant> y)
    {
        bool anyX = false, anyY = false;
        foreach (var p in x)
        {
            anyX |= p.Canonical is not null;
        }

        foreach (var q in y)
        {
            anyY |= q.Canonical is not null;
        }

        return anyX && anyY && !Overlap(x, y);
    }

    // The two triggers are near each other in the tree: one governs the other within two steps, or they share a head.
    private static bool Linked(int a, int b, CoderParse view)
    {
        int ha = view.Head(a), hb = view.Head(b);
        if (ha == b || hb == a || (ha >= 0 && ha == hb))
        {
            return true;
        }

        return (hb >= 0 && view.Head(hb) == a) || (ha >= 0 && view.Head(ha) == b) || (ha >= 0 && hb >= 0 && view.Head(ha) == hb) || (hb >= 0 && ha >= 0 && view.Head(hb) == ha);
    }

    internal static bool Overlap(IReadOnlyList<EventParticipant> x, IReadOnlyList<EventParticipant> y)
    {
        foreach (var p in x)
        {
            foreach (var q in y)
            {
                if (p.EntityId is not null && p.EntityId == q.EntityId)
                {
                    return true;
                }

                if (p.Canonical is not null && q.Canonical is not null && string.Equals(p.Canonical, q.Canonical, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (ShareWord(p.Text, q.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ShareWord(string a, string b)
    {
        foreach (var wa in a.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ka = Key(wa);
            if (ka.Length < 3 || StopWords.Contains(wa) || char.IsDigit(ka[0]))
            {
                continue;
            }

            foreach (var wb in b.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!StopWords.Contains(wb) && string.Equals(ka, Key(wb), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Christians" ~ "Christian": a crude plural fold is enough for matching within one article.
    private static string Key(string word)
    {
        word = word.Trim('"', '\'', ',', '.', '“', '”');
        return word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
    }

    /// <summary>The event <paramref name="a"/> with mention <paramref name="b"/> folded in.</summary>
    internal static CodedEvent Combine(CodedEvent a, CodedEvent b)
    {
        if (Anaphoric(a.Recipients) && !Anaphoric(b.Recipients) && b.Recipients.Count > 0)
        {
            // The mention that names the victims speaks for the event; the allusion adds its evidence.
            (a, b) = (b, a);
        }

        var evidence = new List<TextSpan>(a.Evidence.Count + b.Evidence.Count);
        evidence.AddRange(a.Evidence);
        foreach (var s in b.Evidence)
        {
            if (!evidence.Contains(s))
            {
                evidence.Add(s);
            }
        }

        var status = a.Status;
        var claim = a.Claim;
        if (status is EventStatus.Asserted or EventStatus.Reported && b.Status is EventStatus.Claimed or EventStatus.Alleged or EventStatus.Suspected)
        {
            status = b.Status; // a hedge in any mention survives the merge
            claim ??= b.Claim;
        }

        return a with
        {
            Mode = a.Mode ?? b.Mode,
            Cameo = a.Cameo ?? b.Cameo,
            Actors = Union(a.Actors, b.Actors),
            Recipients = Union(a.Recipients, b.Recipients),
            Instrument = a.Instrument ?? b.Instrument,
            Location = BetterLocation(a.Location, b.Location),
            Date = BetterDate(a.Date, b.Date),
            Counts = new EventCounts(
                BetterCount(a.Counts.Killed, b.Counts.Killed),
                BetterCount(a.Counts.Injured, b.Counts.Injured),
                BetterCount(a.Counts.Abducted, b.Counts.Abducted),
                BetterCount(a.Counts.Arrested, b.Counts.Arrested)),
            Status = status,
            Claim = claim,
            Attribution = a.Attribution, // who reports the first mention; a later commentator is not the source
            Evidence = evidence,
            Reason = a.Reason + " | merged with '" + b.Reason + "'",
            Confidence = Math.Min(0.95, Math.Max(a.Confidence, b.Confidence) + 0.05),
            Mentions = a.Mentions + b.Mentions,
        };
    }

    private static List<EventParticipant> Union(IReadOnlyList<EventParticipant> a, IReadOnlyList<EventParticipant> b)
    {
        var result = new List<EventParticipant>(a.Count + b.Count);
        result.AddRange(a);
        foreach (var q in b)
        {
            bool dup = false;
            foreach (var p in result)
            {
                dup |= (p.Start == q.Start && p.End == q.End) || (p.EntityId is not null && p.EntityId == q.EntityId && string.Equals(p.Text, q.Text, StringComparison.OrdinalIgnoreCase));
            }

            if (!dup)
            {
                result.Add(q);
            }
        }

        return result;
    }

    private static EventLocation? BetterLocation(EventLocation? a, EventLocation? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        if (a.Basis != b.Basis)
        {
            return a.Basis < b.Basis ? a : b;
        }

        return b.Precision < a.Precision ? b : a;
    }

    private static EventDate? BetterDate(EventDate? a, EventDate? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        if (a.Basis != b.Basis)
        {
            return a.Basis < b.Basis ? a : b;
        }

        return b.Precision < a.Precision ? b : a;
    }

    private static EventCount? BetterCount(EventCount? a, EventCount? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        return a.Value is null && b.Value is not null ? b : a;
    }
}

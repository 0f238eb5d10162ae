namespace Wirewatch.Storage.Clustering;

/// <summary>
/// Whether two reports describe one incident. Hard conditions: the same event type, dates within
/// <see cref="DayWindow"/> days (ranges overlap), compatible places (within <see cref="RadiusKm"/> when both are
/// town-level, else the same country), never two events of one article, and for statements (verbal types) a
/// shared recipient. Then a score from shared actors,
/// agreeing counts, shared words and place precision must reach <see cref="Threshold"/>.
/// </summary>
public static class EventSimilarity
{
    public const int DayWindow = 3;
    public const double RadiusKm = 50;
    public const double Threshold = 0.45;

    /// <summary>The score in [0, 1], or a negative value when a hard condition fails.</summary>
    public static double Score(ClusterCandidate a, ClusterCandidate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.ArticleId == b.ArticleId || !string.Equals(a.Type, b.Type, StringComparison.Ordinal))
        {
            return -1;
        }

        if (a.Date is not { } da || b.Date is not { } db || !DatesCompatible(da, a.DateEnd ?? da, db, b.DateEnd ?? db))
        {
            return -1;
        }

        double place = PlaceAgreement(a, b);
        if (place < 0)
        {
            return -1;
        }

        double actors = Overlap(a.Participants, b.Participants);
        double words = Jaccard(a.Words, b.Words);
        // A statement is one incident only when it is addressed to the same recipient: one actor makes many
        // statements a day (one town rarely sees two attacks), and evidence spans are often just the verb.
        if (IsVerbal(a.Type) && !SharesRecipient(a.Participants, b.Participants))
        {
            return -1;
        }

        double counts = a.Killed is { } ka && b.Killed is { } kb ? (ka == kb ? 1 : Math.Min(ka, kb) >= Math.Max(ka, kb) * 0.5 ? 0.5 : 0) : 0.3;
        double dates = a.DateStated && b.DateStated ? 1 - (Math.Abs(da.DayNumber - db.DayNumber) / (double)(DayWindow + 1)) : 0.3;
        return (0.3 * place) + (0.25 * actors) + (0.2 * words) + (0.15 * counts) + (0.1 * dates);
    }

    private static bool IsVerbal(string? type) => type is "AGREE" or "CONSULT" or "SUPPORT" or "CONCEDE" or "COOPERATE"
        or "AID" or "RETREAT" or "REQUEST" or "ACCUSE" or "REJECT" or "THREATEN";

    private static bool SharesRecipient(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            if (x.StartsWith("r:", StringComparison.Ordinal))
            {
                foreach (var y in b)
                {
                    if (x == y)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    public static bool SameIncident(ClusterCandidate a, ClusterCandidate b) => Score(a, b) >= Threshold;

    private static bool DatesCompatible(DateOnly aFrom, DateOnly aTo, DateOnly bFrom, DateOnly bTo) =>
        aFrom.DayNumber <= bTo.DayNumber + DayWindow && bFrom.DayNumber <= aTo.DayNumber + DayWindow;

    /// <summary>1 for the same town, less for coarser agreement, negative for places that rule each other out.</summary>
    private static double PlaceAgreement(ClusterCandidate a, ClusterCandidate b)
    {
        if (a.Country is null || b.Country is null)
        {
            return 0.2; // an unplaced report neither confirms nor rules out
        }

        if (a.Country != b.Country)
        {
            return -1;
        }

        bool fineA = a.Precision is 1 or 2 && a.Latitude is not null, fineB = b.Precision is 1 or 2 && b.Latitude is not null;
        if (fineA && fineB)
        {
            double km = Kilometres(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value);
            return km <= RadiusKm ? 1 - (km / (2 * RadiusKm)) : -1;
        }

        return 0.4; // same country, one of them only at region or country level
    }

    private static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int shared = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x == y)
                {
                    shared++;
                    break;
                }
            }
        }

        return shared / (double)Math.Min(a.Count, b.Count);
    }

    private static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int shared = 0;
        foreach (var w in a)
        {
            if (b.Contains(w))
            {
                shared++;
            }
        }

        return shared / (double)(a.Count + b.Count - shared);
    }

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        double dLat = (lat2 - lat1) * Math.PI / 180, dLon = (lon2 - lon1) * Math.PI / 180;
        double h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}

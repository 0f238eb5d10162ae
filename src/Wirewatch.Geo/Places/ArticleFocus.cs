namespace Wirewatch.Geo.Places;

/// <summary>The place an article is mostly about: the most-mentioned place that is not a demonym, preferring finer places on ties.</summary>
public static class ArticleFocus
{
    /// <summary>The focus among <paramref name="places"/>, or null when there is none.</summary>
    public static PlaceMention? Of(IReadOnlyList<PlaceMention?> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var counts = new Dictionary<int, (int Count, int First, PlaceMention Place)>();
        for (int i = 0; i < places.Count; i++)
        {
            if (places[i] is { IsDemonym: false } p)
            {
                counts[p.EntryIndex] = counts.TryGetValue(p.EntryIndex, out var c) ? (c.Count + 1, c.First, c.Place) : (1, i, p);
            }
        }

        PlaceMention? best = null;
        (int Count, int First) bestKey = (0, int.MaxValue);
        foreach (var (count, first, place) in counts.Values)
        {
            // Most mentions; then the finer place (a town over its country); then the first mentioned.
            if (best is null || count > bestKey.Count
                || (count == bestKey.Count && place.Precision < best.Precision)
                || (count == bestKey.Count && place.Precision == best.Precision && first < bestKey.First))
            {
                best = place;
                bestKey = (count, first);
            }
        }

        return best;
    }
}

namespace Wirewatch.Eval.Regression;

/// <summary>Checks the events predicted for a PLOVER gold sentence against its gold type and source actors.</summary>
public static class PloverGoldMatcher
{
    /// <summary>
    /// Type pass: some predicted event has the gold type (under its current PLOVER name, see
    /// <see cref="PloverTypeRenames"/>). Actor pass: a predicted event of the gold type has an actor
    /// whose text or canonical name contains a gold source's words (case-insensitive), or whose country equals a gold
    /// source's code.
    /// </summary>
    public static PloverOutcome Match(PloverGoldRecord gold, IReadOnlyList<PredictedEvent> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldType = PloverTypeRenames.Current(gold.Type);
        bool type = false, actor = false;
        foreach (var e in predicted)
        {
            if (!string.Equals(e.Type, goldType, StringComparison.Ordinal))
            {
                continue;
            }

            type = true;
            foreach (var a in e.Actors)
            {
                actor |= MatchesAnySource(a, gold.Sources);
            }
        }

        return new PloverOutcome(type, actor, predicted.Count == 0);
    }

    /// <summary>Whether <paramref name="actor"/> names one of <paramref name="sources"/>.</summary>
    public static bool MatchesAnySource(PredictedActor actor, IReadOnlyList<PloverGoldActor> sources)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var s in sources)
        {
            if (s.Text.Length > 0
                && (actor.Text.Contains(s.Text, StringComparison.OrdinalIgnoreCase)
                    || (actor.Canonical is not null && actor.Canonical.Contains(s.Text, StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }

            if (s.Code is not null && actor.Country is not null && string.Equals(actor.Country, s.Code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

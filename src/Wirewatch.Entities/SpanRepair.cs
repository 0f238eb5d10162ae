namespace Wirewatch.Entities;

/// <summary>
/// Cleans the model's names after their edges were moved: overlapping names become one (the longer one's label),
/// and two person names with only spaces between them become one ("Abu El-Bara" + "El-Azadi"); a name that runs
/// on past a comma into a clause ends at the comma.
/// </summary>
internal static class SpanRepair
{
    public static List<EntityDraft> Merge(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityDraft> drafts)
    {
        drafts.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.End.CompareTo(a.End));
        var merged = new List<EntityDraft>(drafts.Count);
        foreach (var d in drafts)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                bool overlap = d.First < last.End;
                bool adjacentPersons = d.First == last.End && d.Label == EntityLabel.PER && last.Label == EntityLabel.PER
                    && OnlySpaces(text, ends[last.End - 1], starts[d.First]);
                if (overlap || adjacentPersons)
                {
                    if (d.TokenCount > last.TokenCount)
                    {
                        last.Label = d.Label;
                    }

                    last.End = Math.Max(last.End, d.End);
                    continue;
                }
            }

            merged.Add(d);
        }

        return merged;
    }

    /// <summary>
    /// Ends a name at a comma that a lower-case word follows: the recognizer sometimes runs a name on into the
    /// clause after it ("Abu El-Bara El-Azadi, arrived in Derna"); names do not hold such a comma.
    /// </summary>
    public static void EndAtClause(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, EntityDraft draft)
    {
        for (int i = draft.First + 1; i + 1 < draft.End; i++)
        {
            if (ends[i] - starts[i] == 1 && text[starts[i]] == ',' && char.IsLower(text[starts[i + 1]]))
            {
                draft.End = i;
                return;
            }
        }
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}

namespace Wirewatch.Entities;

/// <summary>
/// Groups the name mentions of one article into entities. Two mentions corefer when they resolve to the same
/// dictionary actor (IS = ISIS = ISIL = Islamic State); when their names are equal once titles and articles are
/// dropped; when a person is named by part of an earlier (or, failing that, later) full name ("Porter" → "Geoff
/// Porter", "Rodriguez" → "General David Rodriguez"); or when one is the acronym of the other's capitalised words
/// ("RSF" ↔ "Rapid Support Forces"). Dates, numbers and nationality words are not grouped.
/// </summary>
internal static class NameCoreference
{
    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "and", "in", "on", "at", "to", "de", "al", "el", "&" };

    /// <summary>Sets <see cref="EntityDraft.Cluster"/> on every draft (drafts in text order, clusters reset to -1); returns the cluster count.</summary>
    public static int Group(IReadOnlyList<EntityDraft> drafts)
    {
        var clusters = new List<List<int>>();
        var byActor = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = new Dictionary<(string, bool), int>();

        // Full person names first, so that a surname can join a full name written later in the article.
        var order = new List<int>(drafts.Count);
        for (int pass = 0; pass < 2; pass++)
        {
            for (int d = 0; d < drafts.Count; d++)
            {
                bool fullName = drafts[d].Label == EntityLabel.PER && Words(drafts[d].Core).Length >= 2;
                if (fullName == (pass == 0))
                {
                    order.Add(d);
                }
            }
        }

        foreach (int d in order)
        {
            var m = drafts[d];
            // Dates and numbers stand alone, and so do nationalities: each "Egyptian" has its own country and sector
            // ("Egyptian jets" MIL, "Egyptian Christians" CVL).
            if (!EntityLabels.IsName(m.Label) || m.Label == EntityLabel.NORP)
            {
                m.Cluster = New(clusters, d);
                continue;
            }

            bool person = m.Label == EntityLabel.PER;
            string key = Key(m.Core);
            int cluster = -1;
            if (m.Actor is not null && byActor.TryGetValue(m.Actor.Id, out int c1))
            {
                cluster = c1;
            }
            else if (key.Length > 0 && byKey.TryGetValue((key, person), out int c2))
            {
                cluster = c2;
            }
            else if (person)
            {
                cluster = PartOfPersonName(drafts, d);
            }

            if (cluster < 0 && !person)
            {
                cluster = AcronymMatch(drafts, d);
            }

            if (cluster < 0)
            {
                cluster = New(clusters, d);
            }
            else
            {
                clusters[cluster].Add(d);
            }

            m.Cluster = cluster;
            if (m.Actor is not null)
            {
                byActor.TryAdd(m.Actor.Id, cluster);
            }

            if (key.Length > 0)
            {
                byKey.TryAdd((key, person), cluster);
            }
        }

        return clusters.Count;
    }

    /// <summary>The letters of the capitalised words of a name, skipping minor words: "Rapid Support Forces" → "RSF".</summary>
    public static string Initials(string name)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Minor.Contains(word) || !char.IsUpper(word[0]))
            {
                continue;
            }

            letters.Append(word[0]);
        }

        return letters.ToString();
    }

    /// <summary>True for an acronym-looking word: 2–8 characters, capitals (and periods, digits, ampersands).</summary>
    public static bool IsAcronym(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '&' or '-') && !char.IsDigit(c))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    private static int New(List<List<int>> clusters, int d)
    {
        clusters.Add([d]);
        return clusters.Count - 1;
    }

    // A one- or two-word person mention that is the last (or first) word(s) of a fuller person name, the nearest
    // earlier one first, then the nearest later one.
    private static int PartOfPersonName(IReadOnlyList<EntityDraft> drafts, int d)
    {
        var words = Words(drafts[d].Core);
        if (words.Length == 0)
        {
            return -1;
        }

        for (int pass = 0; pass < 2; pass++)
        {
            int step = pass == 0 ? -1 : 1;
            for (int o = d + step; o >= 0 && o < drafts.Count; o += step)
            {
                var other = drafts[o];
                if (other.Label != EntityLabel.PER)
                {
                    continue;
                }

                var full = Words(other.Core);
                if (full.Length <= words.Length)
                {
                    continue;
                }

                if (other.Cluster >= 0 && (EndsWith(full, words) || (words.Length == 1 && string.Equals(full[0], words[0], StringComparison.OrdinalIgnoreCase))))
                {
                    return other.Cluster;
                }
            }
        }

        return -1;
    }

    private static int AcronymMatch(IReadOnlyList<EntityDraft> drafts, int d)
    {
        var m = drafts[d];
        bool acronym = IsAcronym(m.Core);
        string mine = acronym ? Letters(m.Core) : Initials(m.Core);
        if (mine.Length < 2)
        {
            return -1;
        }

        for (int o = d - 1; o >= 0; o--)
        {
            var other = drafts[o];
            if (!EntityLabels.IsName(other.Label) || other.Label == EntityLabel.PER)
            {
                continue;
            }

            bool otherAcronym = IsAcronym(other.Core);
            if (acronym == otherAcronym)
            {
                continue;
            }

            string theirs = otherAcronym ? Letters(other.Core) : Initials(other.Core);
            if (string.Equals(mine, theirs, StringComparison.Ordinal) && (acronym ? Words(other.Core).Length >= 2 : Words(m.Core).Length >= 2))
            {
                return other.Cluster;
            }
        }

        return -1;
    }

    private static string Letters(string acronym)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool EndsWith(string[] full, string[] part)
    {
        for (int i = 1; i <= part.Length; i++)
        {
            if (!string.Equals(full[^i], part[^i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string name) => Actors.NameKey.Of(name);
}

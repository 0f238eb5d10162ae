using Wirewatch.Actors;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Geo.Text;

namespace Wirewatch.Entities;

/// <summary>
/// Computes the recognizer's lexicon flags (<see cref="LexiconFlag"/>) over a document's tokens from the actor
/// dictionaries, the gazetteer and the word lists. The same code runs at training and at run time, so the model sees
/// the same evidence in both. Immutable and thread-safe.
/// </summary>
public sealed class EntityLexicon
{
    /// <summary>Longest gazetteer name tried, in tokens.</summary>
    public const int MaxGazetteerTokens = 5;

    private const long BigCity = 200_000;
    private const long City = 15_000;

    public EntityLexicon(ActorDictionary actors, IGazetteer? gazetteer, EntityWordLists words)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(words);
        Actors = actors;
        Gazetteer = gazetteer;
        Words = words;
    }

    /// <summary>The flag names in bit order, as stored in the model.</summary>
    public static IReadOnlyList<string> FlagNames { get; } = Enum.GetNames<LexiconFlag>();

    public ActorDictionary Actors { get; }

    public IGazetteer? Gazetteer { get; }

    public EntityWordLists Words { get; }

    /// <summary>Fills <paramref name="flags"/> (one per token, cleared first).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="starts">Token start offsets.</param>
    /// <param name="ends">Token end offsets.</param>
    /// <param name="boundaries">First token of each sentence, then the token count.</param>
    /// <param name="flags">Receives the flag bits.</param>
    /// <param name="actorMatches">Receives the actor-dictionary matches (document-wide token indices); may be reused.</param>
    public void Compute(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> boundaries, Span<uint> flags, List<ActorMatch> actorMatches)
    {
        ArgumentNullException.ThrowIfNull(actorMatches);
        flags.Clear();
        actorMatches.Clear();
        var agents = new List<ActorMatch>();
        for (int s = 0; s + 1 < boundaries.Length; s++)
        {
            int first = boundaries[s], end = boundaries[s + 1];
            var sStarts = starts[first..end];
            var sEnds = ends[first..end];
            var sFlags = flags[first..end];
            int before = actorMatches.Count;
            Actors.Match(text, sStarts, sEnds, actorMatches);
            for (int m = before; m < actorMatches.Count; m++)
            {
                var match = actorMatches[m];
                var entry = Actors.BestOf(match);
                uint bit = entry.Kind switch
                {
                    ActorKind.Person => Bit(LexiconFlag.ActorPerson),
                    ActorKind.Country => Bit(LexiconFlag.ActorCountry),
                    _ => Bit(LexiconFlag.ActorOrganisation),
                };
                if (match.End - match.First > 1)
                {
                    bit |= Bit(LexiconFlag.ActorMultiword);
                }

                for (int t = match.First; t < match.End; t++)
                {
                    sFlags[t] |= bit;
                }

                sFlags[match.First] |= Bit(LexiconFlag.ActorBegin);
                actorMatches[m] = match with { First = match.First + first, End = match.End + first };
            }

            agents.Clear();
            Actors.Agents.Match(text, sStarts, sEnds, agents);
            foreach (var a in agents)
            {
                for (int t = a.First; t < a.End; t++)
                {
                    sFlags[t] |= Bit(LexiconFlag.Agent);
                }
            }

            for (int t = 0; t < sStarts.Length; t++)
            {
                var word = text[sStarts[t]..sEnds[t]];
                if (!NameKey.StartsCapitalised(word) || !char.IsLetter(word[0]))
                {
                    if (Words.IsFacilityWord(word))
                    {
                        sFlags[t] |= Bit(LexiconFlag.FacilityWord);
                    }

                    continue;
                }

                if (Actors.IsGivenName(word))
                {
                    sFlags[t] |= Bit(LexiconFlag.GivenName);
                }

                if (Actors.IsSurname(word))
                {
                    sFlags[t] |= Bit(LexiconFlag.Surname);
                }

                if (Words.IsOrganisationWord(word))
                {
                    sFlags[t] |= Bit(LexiconFlag.OrganisationWord);
                }

                if (Words.IsTitle(word))
                {
                    sFlags[t] |= Bit(LexiconFlag.Title);
                }

                if (Words.IsCalendar(word))
                {
                    sFlags[t] |= Bit(LexiconFlag.Calendar);
                }

                if (Words.IsFacilityWord(word))
                {
                    sFlags[t] |= Bit(LexiconFlag.FacilityWord);
                }
            }

            if (Gazetteer is not null)
            {
                MatchGazetteer(text, sStarts, sEnds, sFlags);
            }
        }
    }

    /// <summary>The best reading of a gazetteer name, or null when it has none.</summary>
    public GazetteerReading? ReadPlace(ReadOnlySpan<char> name)
    {
        if (Gazetteer is null)
        {
            return null;
        }

        Span<char> key = stackalloc char[PlaceNameNormalizer.MaxKeyLength];
        int length = PlaceNameNormalizer.Normalize(name, key);
        return length == 0 ? null : Read(Gazetteer.Find(key[..length]));
    }

    private static uint Bit(LexiconFlag flag) => 1u << (int)flag;

    // Leftmost-longest gazetteer names that start with a capitalised word, up to MaxGazetteerTokens tokens.
    private void MatchGazetteer(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<uint> flags)
    {
        var gazetteer = Gazetteer!;
        Span<char> key = stackalloc char[PlaceNameNormalizer.MaxKeyLength];
        int n = starts.Length;
        int i = 0;
        while (i < n)
        {
            var first = text[starts[i]..ends[i]];
            if (!NameKey.StartsCapitalised(first) || !char.IsLetter(first[0]) || Words.IsCalendar(first) || Words.IsTitle(first))
            {
                i++;
                continue;
            }

            int bestEnd = -1;
            GazetteerReading bestReading = default;
            int limit = Math.Min(n, i + MaxGazetteerTokens);
            for (int j = i; j < limit; j++)
            {
                int length = PlaceNameNormalizer.Normalize(text[starts[i]..ends[j]], key);
                if (length == 0)
                {
                    continue;
                }

                var phrase = key[..length];
                var candidates = gazetteer.Find(phrase);
                if (!candidates.IsEmpty && Read(candidates) is { } reading && NameKey.StartsCapitalised(text[starts[j]..ends[j]]))
                {
                    bestEnd = j + 1;
                    bestReading = reading;
                }

                if (j + 1 < limit && !gazetteer.HasKeyWithPrefix(phrase))
                {
                    break;
                }
            }

            if (bestEnd < 0)
            {
                i++;
                continue;
            }

            uint bit = bestReading.Kind switch
            {
                GazetteerKind.Country => Bit(LexiconFlag.GazCountry),
                GazetteerKind.Admin or GazetteerKind.Admin2 => Bit(LexiconFlag.GazAdmin),
                GazetteerKind.BigCity => Bit(LexiconFlag.GazBigCity),
                GazetteerKind.City => Bit(LexiconFlag.GazCity),
                GazetteerKind.Region => Bit(LexiconFlag.GazRegion),
                GazetteerKind.Facility => Bit(LexiconFlag.GazFacility),
                GazetteerKind.Demonym => Bit(LexiconFlag.GazDemonym),
                _ => 0u,
            };
            if (bit != 0)
            {
                if (bestEnd - i > 1)
                {
                    bit |= Bit(LexiconFlag.GazMultiword);
                }

                for (int t = i; t < bestEnd; t++)
                {
                    flags[t] |= bit;
                }

                flags[i] |= Bit(LexiconFlag.GazBegin);
            }

            i = bestEnd;
        }
    }

    // The strongest reading among a name's candidates: country > demonym > division > big city > region > county > city > facility.
    private GazetteerReading? Read(ReadOnlySpan<NameCandidate> candidates)
    {
        var gazetteer = Gazetteer!;
        GazetteerKind best = GazetteerKind.None;
        int bestEntry = -1;
        foreach (var c in candidates)
        {
            var entry = gazetteer[c.Entry];
            GazetteerKind kind;
            if (c.Kind == NameKind.Demonym)
            {
                kind = GazetteerKind.Demonym;
            }
            else
            {
                kind = entry.Kind switch
                {
                    PlaceKind.Country => GazetteerKind.Country,
                    PlaceKind.Admin1 => GazetteerKind.Admin,
                    PlaceKind.Admin2 => GazetteerKind.Admin2,
                    PlaceKind.Place => entry.Population >= BigCity ? GazetteerKind.BigCity : entry.Population >= City ? GazetteerKind.City : GazetteerKind.None,
                    PlaceKind.Region or PlaceKind.Continent or PlaceKind.Water => GazetteerKind.Region,
                    PlaceKind.Facility => GazetteerKind.Facility,
                    _ => GazetteerKind.None,
                };
            }

            if (kind != GazetteerKind.None && (best == GazetteerKind.None || kind < best))
            {
                best = kind;
                bestEntry = c.Entry;
            }
        }

        return best == GazetteerKind.None ? null : new GazetteerReading(best, bestEntry);
    }
}

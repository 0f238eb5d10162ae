using Wirewatch.Actors;
using Wirewatch.Geo.Gazetteer;
using Wirewatch.Models.Entities;

namespace Wirewatch.Entities;

/// <summary>
/// Finds the entities of one document: statistical names (with dictionary and gazetteer flags), dictionary names
/// the model missed, rule-based dates, times and numbers; refines coarse types into the record's labels; resolves
/// names against the actor dictionaries and the gazetteer; groups coreferent mentions. Immutable and thread-safe.
/// </summary>
public sealed class EntityExtractor
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "de", "da", "di", "du", "van", "von", "bin", "ibn", "la", "le", "der", "den", "dos", "das", "des", "del", "ben", "abu", "bint",
    };

    private readonly PerceptronEntityRecognizer _recognizer;
    private readonly NationalityResolver _nationality;

    public EntityExtractor(PerceptronEntityRecognizer recognizer, EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(lexicon);
        recognizer.CheckFlags(EntityLexicon.FlagNames, "the entity recognizer model");
        _recognizer = recognizer;
        Lexicon = lexicon;
        _nationality = new NationalityResolver(lexicon.Actors);
    }

    public EntityLexicon Lexicon { get; }

    public PerceptronEntityRecognizer Recognizer => _recognizer;

    /// <summary>Finds, resolves and groups the entities of a document given as tokens and sentence boundaries.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="starts">Token start offsets.</param>
    /// <param name="ends">Token end offsets.</param>
    /// <param name="boundaries">First token of each sentence, then the token count.</param>
    /// <param name="published">Publication date: dated dictionary roles are read on it.</param>
    public ExtractedEntities Extract(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> boundaries, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        int n = starts.Length;
        if (n == 0)
        {
            return new ExtractedEntities([], []);
        }

        var flags = new uint[n];
        var actorMatches = new List<ActorMatch>();
        Lexicon.Compute(text, starts, ends, boundaries, flags, actorMatches);
        var spans = new List<EntitySpan>();
        _recognizer.Recognize(text, starts, ends, flags, boundaries, spans);

        var drafts = new List<EntityDraft>();
        foreach (var span in spans)
        {
            var draft = new EntityDraft { First = span.First, End = span.End, Label = Coarse(span.Type), Reason = "model" };
            TrimTitles(text, starts, ends, draft);

            // A name does not start with a common word ("envoy Kofi Annan"), only with a particle ("al Qaeda").
            while (draft.End - draft.First > 1 && char.IsLower(text[starts[draft.First]]) && !Particles.Contains(Word(text, starts, ends, draft.First)))
            {
                draft.First++;
            }

            // Nor does it end with one ("Islamic State gunmen", "al Qaeda - linked"), with punctuation or a possessive.
            SpanRepair.EndAtClause(text, starts, ends, draft);
            while (draft.End - draft.First > 1 && (char.IsLower(text[starts[draft.End - 1]]) || !NameKey.HasKeyChars(Word(text, starts, ends, draft.End - 1)) || Word(text, starts, ends, draft.End - 1) is "'s" or "\u2019s"))
            {
                draft.End--;
            }

            if (draft.End > draft.First)
            {
                ExtendAcrossHyphens(text, starts, ends, boundaries, draft);
                ExtendOrganisation(text, starts, ends, boundaries, draft);
                drafts.Add(draft);
            }
        }

        drafts = SpanRepair.Merge(text, starts, ends, drafts);
        var covered = new bool[n];
        foreach (var draft in drafts)
        {
            Cover(covered, draft.First, draft.End);
        }

        AddDictionaryNames(text, starts, ends, actorMatches, drafts, covered);
        AddDemonyms(text, starts, ends, drafts, covered);
        foreach (var draft in drafts)
        {
            // Dictionary names may bring a title or a lower-case article with them ("President Hosni Mubarak",
            // "the European Union"); names in the record do not include them.
            TrimTitles(text, starts, ends, draft);
            while (draft.End - draft.First > 1 && Word(text, starts, ends, draft.First) is "the" or "a" or "an")
            {
                draft.First++;
            }

            draft.Text = text[starts[draft.First]..ends[draft.End - 1]];
            draft.Core = CoreName(text, starts, ends, draft);
            Refine(text, starts, ends, draft);
            Resolve(text, starts, ends, draft, published);
        }

        var rules = new List<(int First, int End, EntityLabel Label)>();
        for (int s = 0; s + 1 < boundaries.Length; s++)
        {
            rules.Clear();
            int first = boundaries[s];
            NumericEntityFinder.Find(text, starts[first..boundaries[s + 1]], ends[first..boundaries[s + 1]], rules);
            foreach (var (f, e, label) in rules)
            {
                if (!IsCovered(covered, first + f, first + e))
                {
                    var draft = new EntityDraft { First = first + f, End = first + e, Label = label, Reason = "rule:" + label.ToString().ToLowerInvariant() };
                    draft.Text = draft.Core = draft.Canonical = text[starts[draft.First]..ends[draft.End - 1]];
                    drafts.Add(draft);
                }
            }
        }

        drafts.Sort((a, b) => a.First.CompareTo(b.First));
        int clusterCount = NameCoreference.Group(drafts);
        return Build(starts, ends, drafts, clusterCount);
    }

    private static EntityLabel Coarse(int type) => type switch
    {
        0 => EntityLabel.PER,
        1 => EntityLabel.ORG,
        2 => EntityLabel.LOC,
        _ => EntityLabel.MISC,
    };

    private static void Cover(bool[] covered, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            covered[t] = true;
        }
    }

    private static bool IsCovered(bool[] covered, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (covered[t])
            {
                return true;
            }
        }

        return false;
    }

    // A person name does not include the title before it ("General David Rodriguez" → "David Rodriguez").
    private void TrimTitles(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, EntityDraft draft)
    {
        if (draft.Label != EntityLabel.PER)
        {
            return;
        }

        while (draft.End - draft.First > 1 && Lexicon.Words.IsTitle(text.AsSpan(starts[draft.First], ends[draft.First] - starts[draft.First])))
        {
            draft.First++;
        }
    }

    // Names the model missed but the dictionaries know well: our curated actors, acronyms in capitals, and names of
    // two or more words. Single words of the imported dictionaries are too ambiguous to add on their own.
    private void AddDictionaryNames(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<ActorMatch> matches, List<EntityDraft> drafts, bool[] covered)
    {
        var actors = Lexicon.Actors;
        foreach (var match in matches)
        {
            var entry = actors.BestOf(match);
            bool curatedOrLong = entry.Id.StartsWith("ww:", StringComparison.Ordinal) || match.End - match.First > 1;
            if (IsCovered(covered, match.First, match.End))
            {
                // A longer dictionary name replaces the model's names strictly inside it ("al Sharia" → "Ansar al Sharia").
                if (!curatedOrLong || entry.Kind == ActorKind.Country || !ReplaceInside(drafts, match, entry))
                {
                    continue;
                }

                Cover(covered, match.First, match.End);
                continue;
            }

            if (entry.Kind == ActorKind.Country)
            {
                continue;
            }

            // Role aliases end in a common noun ("UN envoy", "President Karzai"): the name is the capitalised part.
            int end = match.End;
            while (end - match.First > 1 && char.IsLower(text[starts[end - 1]]))
            {
                end--;
            }

            var span = text.AsSpan(starts[match.First], ends[end - 1] - starts[match.First]);
            bool curated = entry.Id.StartsWith("ww:", StringComparison.Ordinal);
            bool strong = curated || match.End - match.First > 1 || (NameKey.IsAllCaps(span) && span.Length >= 3);
            if (!strong || (match.End - match.First == 1 && Lexicon.Words.IsCalendar(span)))
            {
                continue;
            }

            drafts.Add(new EntityDraft
            {
                First = match.First,
                End = end,
                Label = entry.Kind == ActorKind.Person ? EntityLabel.PER : EntityLabel.ORG,
                Reason = "dictionary:" + entry.Id,
            });
            Cover(covered, match.First, end);
        }
    }

    // Nationality words the model left out ("Egyptian jets" at the start of a sentence): capitalised demonyms of
    // the gazetteer or the country dictionary, and the NORP word list.
    private void AddDemonyms(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityDraft> drafts, bool[] covered)
    {
        for (int t = 0; t < starts.Length; t++)
        {
            if (covered[t] || !char.IsUpper(text[starts[t]]))
            {
                continue;
            }

            var word = text[starts[t]..ends[t]];
            if (Lexicon.ReadPlace(word)?.Kind == GazetteerKind.Demonym || Lexicon.Words.IsNorpWord(word) || IsDemonymAlias(word))
            {
                drafts.Add(new EntityDraft { First = t, End = t + 1, Label = EntityLabel.NORP, Reason = "rule:demonym" });
                covered[t] = true;
            }
        }
    }

    // Replaces the drafts lying inside a dictionary match when the match is longer than each of them and none
    // crosses its edges; false when that does not hold.
    private static bool ReplaceInside(List<EntityDraft> drafts, ActorMatch match, ActorEntry entry)
    {
        var inside = new List<EntityDraft>();
        foreach (var d in drafts)
        {
            if (d.End <= match.First || d.First >= match.End)
            {
                continue;
            }

            if (d.First < match.First || d.End > match.End || d.TokenCount == match.End - match.First)
            {
                return false;
            }

            inside.Add(d);
        }

        if (inside.Count == 0)
        {
            return false;
        }

        foreach (var d in inside)
        {
            drafts.Remove(d);
        }

        drafts.Add(new EntityDraft
        {
            First = match.First,
            End = match.End,
            Label = entry.Kind == ActorKind.Person ? EntityLabel.PER : EntityLabel.ORG,
            Reason = "model+dictionary:" + entry.Id,
        });
        return true;
    }

    // The tokenizer splits "El-Bara" into "El - Bara", while names in the training corpora keep such words whole:
    // a name edge never falls inside a hyphenated word whose other part is capitalised.
    private static void ExtendAcrossHyphens(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> boundaries, EntityDraft draft)
    {
        int sentence = SentenceOf(boundaries, draft.First);
        int first = boundaries[sentence], end = boundaries[sentence + 1];
        while (draft.First - 2 >= first && IsHyphen(text, starts, ends, draft.First - 1) && Attached(starts, ends, draft.First - 2, draft.First) && NameKey.StartsCapitalised(text.AsSpan(starts[draft.First - 2], ends[draft.First - 2] - starts[draft.First - 2])))
        {
            draft.First -= 2;
        }

        while (draft.End + 1 < end && IsHyphen(text, starts, ends, draft.End) && Attached(starts, ends, draft.End - 1, draft.End + 1) && NameKey.StartsCapitalised(text.AsSpan(starts[draft.End + 1], ends[draft.End + 1] - starts[draft.End + 1])))
        {
            draft.End += 2;
        }
    }

    // "Institute for the Study of War" when the model saw only "Study of War": an organisation name preceded by
    // "for/of (the)" and a capitalised organisation word takes them in.
    private void ExtendOrganisation(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> boundaries, EntityDraft draft)
    {
        int first = boundaries[SentenceOf(boundaries, draft.First)];

        // "Combating Terrorism Center" when the model saw only "Center": a name ending in an organisation word takes
        // in the capitalised words before it (not the first word of the sentence, which is capitalised anyway).
        var last = text.AsSpan(starts[draft.End - 1], ends[draft.End - 1] - starts[draft.End - 1]);
        if (char.IsUpper(last[0]) && Lexicon.Words.IsOrganisationWord(last))
        {
            int s = draft.First;
            while (s - 1 > first && char.IsUpper(text[starts[s - 1]]) && char.IsLetter(text[starts[s - 1]]) && !Lexicon.Words.IsTitle(Word(text, starts, ends, s - 1)))
            {
                s--;
            }

            if (s < draft.First)
            {
                draft.First = s;
                draft.Label = EntityLabel.ORG;
            }
        }

        if (draft.Label != EntityLabel.ORG)
        {
            return;
        }

        int t = draft.First - 1;
        if (t >= first && Word(text, starts, ends, t) is "the")
        {
            t--;
        }

        if (t - 1 < first || Word(text, starts, ends, t) is not ("for" or "of" or "on"))
        {
            return;
        }

        t--;
        if (!Lexicon.Words.IsOrganisationWord(Word(text, starts, ends, t)) || !char.IsUpper(text[starts[t]]))
        {
            return;
        }

        while (t - 1 >= first && char.IsUpper(text[starts[t - 1]]) && char.IsLetter(text[starts[t - 1]]) && t - 1 > first)
        {
            t--;
        }

        draft.First = t;
    }

    private static string Word(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) => text[starts[t]..ends[t]];

    private static bool IsHyphen(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) =>
        ends[t] - starts[t] == 1 && text[starts[t]] is '-' or '\u2010' or '\u2011';

    private static bool Attached(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int left, int right)
    {
        for (int t = left; t < right; t++)
        {
            if (ends[t] != starts[t + 1])
            {
                return false;
            }
        }

        return true;
    }

    private static int SentenceOf(ReadOnlySpan<int> boundaries, int token)
    {
        int s = 0;
        while (s + 2 < boundaries.Length && boundaries[s + 1] <= token)
        {
            s++;
        }

        return s;
    }

    // The name without leading articles and titles, and without a final possessive.
    private string CoreName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, EntityDraft draft)
    {
        int first = draft.First;
        while (first < draft.End - 1)
        {
            var word = text.AsSpan(starts[first], ends[first] - starts[first]);
            if (Articles.Contains(word.ToString()) || (draft.Label == EntityLabel.PER && Lexicon.Words.IsTitle(word)))
            {
                first++;
                continue;
            }

            break;
        }

        int end = draft.End;
        var last = text.AsSpan(starts[end - 1], ends[end - 1] - starts[end - 1]);
        if (end - 1 > first && (last is "'s" or "\u2019s" or "'"))
        {
            end--;
        }

        var core = text[starts[first]..ends[end - 1]];
        if (core.EndsWith("'s", StringComparison.Ordinal) || core.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            core = core[..^2];
        }

        return core;
    }

    // Coarse LOC and MISC into the record's labels, with the gazetteer, the dictionaries and the word lists.
    private void Refine(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, EntityDraft draft)
    {
        var words = Lexicon.Words;
        var lastWord = text.AsSpan(starts[draft.End - 1], ends[draft.End - 1] - starts[draft.End - 1]);

        // "the West", "the North": a direction is a region, not a place to look up.
        if (draft.TokenCount == 1 && draft.Core is "West" or "East" or "North" or "South" or "WEST" or "EAST" or "NORTH" or "SOUTH")
        {
            draft.Label = EntityLabel.LOC;
            draft.Reason += "; direction";
            return;
        }

        // A lone demonym is a nationality whatever coarse type the model gave it ("Egyptians officials").
        if (draft.TokenCount == 1 && draft.Label != EntityLabel.PER && !HasOrganisationActor(draft.Core)
            && (Lexicon.ReadPlace(draft.Core)?.Kind == GazetteerKind.Demonym || IsDemonymAlias(draft.Core) || words.IsNorpWord(draft.Core)))
        {
            draft.Label = EntityLabel.NORP;
            return;
        }

        if (draft.Label == EntityLabel.MISC && Lexicon.ReadPlace(draft.Core) is { } misc && !HasWordOf(text, starts, ends, draft, w => words.IsEventWord(w)))
        {
            if (misc.Kind is GazetteerKind.Country or GazetteerKind.BigCity or GazetteerKind.Admin)
            {
                draft.Label = EntityLabel.GPE;
                return;
            }

            if (misc.Kind == GazetteerKind.Region)
            {
                draft.Label = EntityLabel.LOC;
                return;
            }
        }

        if (draft.Label == EntityLabel.LOC)
        {
            var reading = Lexicon.ReadPlace(draft.Core);
            if (words.IsFacilityWord(lastWord) || reading?.Kind == GazetteerKind.Facility)
            {
                draft.Label = EntityLabel.FAC;
            }
            else if (reading is { Kind: GazetteerKind.Region })
            {
                draft.Label = EntityLabel.LOC;
            }
            else if (reading is not null || HasCountryActor(draft.Core))
            {
                draft.Label = EntityLabel.GPE;
            }

            return;
        }

        if (draft.Label != EntityLabel.MISC)
        {
            return;
        }

        var place = Lexicon.ReadPlace(draft.Core);
        if (draft.TokenCount == 1 && (place?.Kind == GazetteerKind.Demonym || words.IsNorpWord(draft.Core) || IsDemonymAlias(draft.Core)))
        {
            draft.Label = EntityLabel.NORP;
            return;
        }

        // An event word heads the name ("Gulf War", "World Cup", "World War II"); an organisation word at the end
        // makes it an organisation ("The Long War Journal").
        if (words.IsOrganisationWord(lastWord) && char.IsUpper(lastWord[0]) && draft.TokenCount > 1)
        {
            draft.Label = EntityLabel.ORG;
            return;
        }

        int head = draft.End - 1;
        if (head > draft.First && IsNumberOrNumeral(text.AsSpan(starts[head], ends[head] - starts[head])))
        {
            head--;
        }

        var headWord = text.AsSpan(starts[head], ends[head] - starts[head]);
        if (words.IsEventWord(headWord) && char.IsUpper(headWord[0]))
        {
            draft.Label = EntityLabel.EVENT;
            return;
        }

        if (words.IsNorpWord(lastWord) || place?.Kind == GazetteerKind.Demonym)
        {
            draft.Label = EntityLabel.NORP;
        }
    }

    private static bool IsNumberOrNumeral(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsDigit(c) && c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return !word.IsEmpty;
    }

    private bool HasOrganisationActor(string name)
    {
        foreach (int e in Lexicon.Actors.Lookup(name))
        {
            if (Lexicon.Actors.Entries[e].Kind == ActorKind.Organisation)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWordOf(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, EntityDraft draft, Func<string, bool> test)
    {
        for (int t = draft.First; t < draft.End; t++)
        {
            if (test(text[starts[t]..ends[t]]))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasCountryActor(string name)
    {
        foreach (int e in Lexicon.Actors.Lookup(name))
        {
            if (Lexicon.Actors.Entries[e].Kind == ActorKind.Country)
            {
                return true;
            }
        }

        return false;
    }

    // A country alias that is not the country's name: a demonym such as "Egyptian" (cities are GPE, not demonyms).
    private bool IsDemonymAlias(string word)
    {
        // The country dictionaries list cities among a country's names ("Tripoli" for Libya): a place is no demonym.
        if (_nationality.CountryOf(word).Length == 0 || Lexicon.ReadPlace(word) is { Kind: not GazetteerKind.Demonym })
        {
            return false;
        }

        return word.EndsWith("an", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ese", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ish", StringComparison.OrdinalIgnoreCase) || word.EndsWith("i", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ans", StringComparison.OrdinalIgnoreCase) || word.EndsWith("is", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ic", StringComparison.OrdinalIgnoreCase);
    }

    // Canonical name, dictionary id, country and sector.
    private void Resolve(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, EntityDraft draft, DateOnly? published)
    {
        draft.Canonical = draft.Core;
        if (draft.Reason.EndsWith("; direction", StringComparison.Ordinal))
        {
            return;
        }

        var actors = Lexicon.Actors;
        var candidates = actors.Lookup(draft.Core);
        ActorEntry? chosen = null;
        foreach (int e in candidates)
        {
            var entry = actors.Entries[e];
            if (Compatible(draft.Label, entry.Kind))
            {
                chosen = entry;
                break;
            }
        }

        // A full name our dictionaries know as a person is a person, whatever the model said ("Kofi Annan" as ORG).
        if (chosen is null && draft.Label != EntityLabel.PER && draft.Core.Contains(' ', StringComparison.Ordinal))
        {
            foreach (int e in candidates)
            {
                if (actors.Entries[e].Kind == ActorKind.Person)
                {
                    chosen = actors.Entries[e];
                    draft.Label = EntityLabel.PER;
                    break;
                }
            }
        }

        // ... and a multi-word name they know only as an organisation is an organisation ("al Qaeda" as PER).
        if (chosen is null && draft.Label == EntityLabel.PER && draft.Core.Contains(' ', StringComparison.Ordinal) && candidates.Length > 0
            && actors.Entries[candidates[0]].Kind == ActorKind.Organisation)
        {
            chosen = actors.Entries[candidates[0]];
            draft.Label = EntityLabel.ORG;
        }

        // A MISC or NORP guess that our dictionaries know as an organisation is an organisation ("ISIS").
        if (chosen is null && draft.Label is EntityLabel.MISC && candidates.Length > 0)
        {
            var entry = actors.Entries[candidates[0]];
            if (entry.Kind == ActorKind.Organisation && (entry.Id.StartsWith("ww:", StringComparison.Ordinal) || NameKey.IsAllCaps(draft.Core)))
            {
                chosen = entry;
                draft.Label = EntityLabel.ORG;
            }
        }

        if (draft.Label is EntityLabel.NORP)
        {
            if (_nationality.TryResolve(text, starts, ends, draft.First, draft.End, out var reading))
            {
                draft.Country = reading.Country;
                draft.Sector = reading.Sector;
                draft.Reason += reading.Agent is { } agent ? "; nationality+agent:" + agent.Noun : "; nationality";
            }

            return;
        }

        if (draft.Label is EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC)
        {
            // A lone facility or organisation word ("Center") is no place to look up.
            bool generic = draft.TokenCount == 1 && (Lexicon.Words.IsFacilityWord(draft.Core) || Lexicon.Words.IsOrganisationWord(draft.Core));
            var place = generic ? null : Lexicon.ReadPlace(draft.Core);
            if (place is { } p && Lexicon.Gazetteer is { } gazetteer)
            {
                var entry = gazetteer[p.Entry];
                draft.Country = entry.CountryCode;
                if (p.Kind != GazetteerKind.Country || chosen is null)
                {
                    draft.Canonical = entry.Name;
                    draft.Reason += "; gazetteer";
                    return;
                }
            }
        }

        if (chosen is null)
        {
            return;
        }

        draft.Actor = chosen;
        draft.Canonical = chosen.Name;
        draft.Country = chosen.Country;
        draft.Sector = chosen.Sector;
        if (published is { } date && chosen.RoleOn(date) is { } role)
        {
            draft.Country = role.Country.Length > 0 ? role.Country : draft.Country;
            draft.Sector = role.Sector.Length > 0 ? role.Sector : draft.Sector;
        }

        if (!draft.Reason.Contains(chosen.Id, StringComparison.Ordinal))
        {
            draft.Reason += "; dictionary:" + chosen.Id;
        }
    }

    private static bool Compatible(EntityLabel label, ActorKind kind) => label switch
    {
        EntityLabel.PER => kind == ActorKind.Person,
        EntityLabel.ORG => kind is ActorKind.Organisation or ActorKind.Country,
        EntityLabel.GPE or EntityLabel.LOC => kind == ActorKind.Country,
        _ => false,
    };

    private static ExtractedEntities Build(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityDraft> drafts, int clusterCount)
    {
        var members = new List<EntityDraft>[clusterCount];
        foreach (var d in drafts)
        {
            (members[d.Cluster] ??= []).Add(d);
        }

        // Entities in order of first mention.
        var order = new List<int>();
        for (int c = 0; c < clusterCount; c++)
        {
            if (members[c] is not null)
            {
                order.Add(c);
            }
        }

        order.Sort((a, b) => members[a][0].First.CompareTo(members[b][0].First));
        var index = new int[clusterCount];
        for (int i = 0; i < order.Count; i++)
        {
            index[order[i]] = i;
        }

        var entities = new List<ArticleEntity>(order.Count);
        var all = new List<EntityMention>(drafts.Count);
        foreach (int c in order)
        {
            var group = members[c];
            var mentions = new List<EntityMention>(group.Count);
            foreach (var d in group)
            {
                var mention = new EntityMention(starts[d.First], ends[d.End - 1], d.First, d.End, d.Label, index[c], d.Reason);
                mentions.Add(mention);
                all.Add(mention);
            }

            entities.Add(Summarise(group, mentions));
        }

        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ExtractedEntities(entities, all);
    }

    // One entity from its mentions: the dictionary's resolution if any mention has one; else the longest name.
    private static ArticleEntity Summarise(List<EntityDraft> group, List<EntityMention> mentions)
    {
        var resolved = group.Find(d => d.Actor is not null);
        var labelVotes = new Dictionary<EntityLabel, int>();
        foreach (var d in group)
        {
            labelVotes[d.Label] = labelVotes.GetValueOrDefault(d.Label) + d.TokenCount + (d.Actor is not null ? 1 : 0);
        }

        var label = labelVotes.MaxBy(p => p.Value).Key;

        // A dictionary actor knows what it is: a country is a GPE however the model labelled "U.S.".
        if (resolved?.Actor is { } known && label != EntityLabel.NORP)
        {
            label = known.Kind switch
            {
                ActorKind.Person => EntityLabel.PER,
                ActorKind.Country => EntityLabel.GPE,
                _ => EntityLabel.ORG,
            };
        }
        var fullest = group[0];
        foreach (var d in group)
        {
            if (d.Core.Length > fullest.Core.Length && !NameCoreference.IsAcronym(d.Core))
            {
                fullest = d;
            }
        }

        var source = resolved ?? fullest;
        var withCountry = group.Find(d => d.Country.Length > 0);
        var withSector = group.Find(d => d.Sector.Length > 0);
        string reason = source.Reason + (group.Count > 1 ? $"; coreference of {group.Count} mentions" : string.Empty);
        return new ArticleEntity
        {
            Label = label,
            Canonical = resolved?.Canonical ?? fullest.Canonical,
            EntityId = resolved?.Actor is { } actor ? (actor.Qid.Length > 0 ? actor.Qid : actor.Id) : null,
            Country = (resolved ?? withCountry)?.Country is { Length: > 0 } country ? country : withCountry?.Country,
            Sector = (resolved ?? withSector)?.Sector is { Length: > 0 } sector ? sector : withSector?.Sector,
            Mentions = mentions,
            Reason = reason,
        };
    }
}

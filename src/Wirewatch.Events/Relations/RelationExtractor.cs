using Wirewatch.Core.Documents;
using Wirewatch.Entities;
using Wirewatch.Events.Quotes;

namespace Wirewatch.Events.Relations;

/// <summary>
/// Finds relations between actors with the patterns of <see cref="RelationPatternSet"/>: the matched words are the
/// evidence, the subject comes from the parse around the first word, the object is the phrase after the last word.
/// A relation inside a quote's content is <c>reported</c>; one in a sentence that alleges or blames is <c>alleged</c>.
/// With a <see cref="RelationModel"/>, pairs of entity mentions of one sentence that no rule joins are scored too (the
/// model's relation has the words between the two mentions as evidence), and, when the model says so, a rule's relation
/// between two mentions the model scores below its threshold is dropped. Pure function of the document; thread-safe.
/// </summary>
public sealed class RelationExtractor
{
    private const int MaxObjectDistance = 6;

    /// <param name="patterns">The rules.</param>
    /// <param name="model">The learned pair model, or null for the rules alone.</param>
    public RelationExtractor(RelationPatternSet patterns, RelationModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;
        Model = model;
    }

    public RelationPatternSet Patterns { get; }

    /// <summary>The learned pair model, or null (rules only).</summary>
    public RelationModel? Model { get; }

    /// <summary>Relations in text order; <paramref name="quotes"/> (may be empty) decides which are reported.</summary>
    public IReadOnlyList<ActorRelation> Extract(Document document, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(new ParsedDocument(document), quotes);
    }

    internal List<ActorRelation> Extract(ParsedDocument p, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var relations = new List<ActorRelation>();
        var covered = new HashSet<(int, int, string)>();
        for (int t = 0; t < p.Count; t++)
        {
            foreach (var pattern in Patterns.Patterns)
            {
                var found = pattern.Match switch
                {
                    RelationMatchKind.Phrase => MatchPhrase(p, t, pattern),
                    RelationMatchKind.Suffix => MatchSuffix(p, t, pattern),
                    RelationMatchKind.Verb => MatchVerb(p, t, pattern, reversed: false),
                    RelationMatchKind.VerbReversed => MatchVerb(p, t, pattern, reversed: true),
                    RelationMatchKind.PlaceAfter => MatchPlace(p, t, pattern),
                    RelationMatchKind.Title => MatchTitle(p, t, pattern),
                    RelationMatchKind.PhraseReversed => MatchPhraseReversed(p, t, pattern),
                    RelationMatchKind.GroupAfter => MatchGroup(p, t, pattern),
                    _ => MatchOrganizationInPlace(p, t, pattern),
                };
                if (found is not { } r)
                {
                    continue;
                }

                Add(p, pattern, r, quotes, covered, relations);
                if (pattern.Match is RelationMatchKind.Verb or RelationMatchKind.VerbReversed or RelationMatchKind.PlaceAfter)
                {
                    // "Daesh in Iraq and Syria", "supports the SDF and the Peshmerga": each conjunct is a relation of its own.
                    int conjunctOf = pattern.Match == RelationMatchKind.VerbReversed ? r.SubjectHead : r.ObjectHead;
                    foreach (int c in p.Children(conjunctOf))
                    {
                        if (p.Relations[c] != "conj" || !IsActor(p, c, pattern.Match == RelationMatchKind.PlaceAfter))
                        {
                            continue;
                        }

                        var (cf, cl) = ArgumentPhrase(p, c);
                        var conjunct = pattern.Match == RelationMatchKind.VerbReversed
                            ? r with { SubjectHead = c, SubjectFirst = cf, SubjectLast = cl }
                            : r with { ObjectHead = c, ObjectFirst = cf, ObjectLast = cl };
                        Add(p, pattern, conjunct, quotes, covered, relations);
                    }
                }
            }
        }

        if (Model is not null)
        {
            AddLearned(p, Model, quotes, relations);
        }

        return relations;
    }

    // Scores every candidate pair: pairs a rule joins keep the rule's relation (dropped when the model vetoes rules and
    // scores the pair below its threshold); the others become relations of the model's predicate above the threshold.
    private static void AddLearned(ParsedDocument p, RelationModel model, IReadOnlyList<Quote> quotes, List<ActorRelation> relations)
    {
        var mentions = RelationCandidates.Mentions(p);
        var pairs = new List<RelationCandidate>();
        RelationCandidates.Generate(p, mentions, pairs);
        int rules = relations.Count;
        var index = RulesBySentence(p, relations, rules);
        var aligned = new bool[rules];
        var supported = new bool[rules];
        var margins = new List<float>();
        var arguments = new List<(RelationMention Subject, RelationMention Object)>();
        int sentence = -1, sentenceFirst = rules;
        Span<ulong> f = stackalloc ulong[RelationFeatures.MaxFeatures];
        foreach (var c in pairs)
        {
            var a = mentions[c.A];
            var b = mentions[c.B];
            if (p.SentenceOf[a.First] != sentence)
            {
                // Pairs come sentence by sentence: a duplicate can only be among this sentence's learned relations.
                sentence = p.SentenceOf[a.First];
                sentenceFirst = relations.Count;
            }

            var candidates = index.Of(sentence);
            int rule = RuleOf(p, a, b, relations, candidates, out bool reversed);
            if (rule >= 0 && !model.VetoRules)
            {
                // The rule's relation stands whatever the model says.
                continue;
            }

            int n = RelationFeatures.Extract(p, a, b, rule < 0 ? -1 : RelationClasses.PredicateIndex(relations[rule].Predicate), reversed, c.B - c.A - 1, f);
            var (cls, margin) = model.Best(f[..n]);
            bool keep = margin > model.Threshold;
            if (rule >= 0)
            {
                // Every rule relation that joins this pair is decided together.
                foreach (int r in candidates)
                {
                    if (Joins(p, a, b, relations[r], out _))
                    {
                        aligned[r] = true;
                        supported[r] |= keep;
                    }
                }

                continue;
            }

            if (!keep)
            {
                continue;
            }

            bool rev = RelationClasses.Reversed(cls);
            var subject = rev ? b : a;
            var obj = rev ? a : b;
            if (!Admissible(p, RelationClasses.Predicate(cls), subject, obj))
            {
                continue;
            }

            var (ef, el) = a.Last + 1 <= b.First - 1 ? p.TrimPunctuation(a.Last + 1, b.First - 1) : (0, -1);
            if (el < ef)
            {
                (ef, el) = (a.First, b.Last);
            }

            var evidence = new TextSpan(p.Start(ef), p.End(el));
            var relation = new ActorRelation(MentionArgument(p, subject), RelationClasses.Predicate(cls), MentionArgument(p, obj), evidence,
                Status(p, ef, evidence, quotes), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"model {RelationClasses.Predicate(cls)} {margin:0.00}"));

            // A name and a common-noun phrase around it ("the city" of "Mosul", "ISIL" "fighters") are one argument: of two
            // learned relations of one predicate whose arguments are one, the one with the larger margin stays.
            int same = -1;
            for (int r = sentenceFirst; r < relations.Count && same < 0; r++)
            {
                var (rs, ro) = arguments[r - rules];
                if (relations[r].Predicate == relation.Predicate && SameArgument(p, rs, subject) && SameArgument(p, ro, obj))
                {
                    same = r;
                }
            }

            if (same < 0)
            {
                relations.Add(relation);
                margins.Add(margin);
                arguments.Add((subject, obj));
            }
            else if (margin > margins[same - rules])
            {
                relations[same] = relation;
                margins[same - rules] = margin;
                arguments[same - rules] = (subject, obj);
            }
        }

        if (model.VetoRules)
        {
            int kept = 0;
            for (int r = 0; r < relations.Count; r++)
            {
                if (r >= rules || !aligned[r] || supported[r])
                {
                    relations[kept++] = relations[r];
                }
            }

            relations.RemoveRange(kept, relations.Count - kept);
        }

        relations.Sort(static (x, y) =>
        {
            int c = x.Evidence.Start.CompareTo(y.Evidence.Start);
            c = c != 0 ? c : x.Subject.Start.CompareTo(y.Subject.Start);
            c = c != 0 ? c : x.Object.Start.CompareTo(y.Object.Start);
            return c != 0 ? c : string.CompareOrdinal(x.Predicate, y.Predicate);
        });
    }

    // What the record promises of every relation, learned ones too: both sides actors (located-in's object a place), a
    // person leads, one is a member of a group and not of a place, and a pronoun never relates to the name it stands for.
    private static bool Admissible(ParsedDocument p, string predicate, in RelationMention subject, in RelationMention obj)
    {
        int s = subject.Kind == RelationMentionKind.Pronoun ? SpeakerFinder.ResolvePronoun(p, subject.Head) : subject.Entity;
        int o = obj.Kind == RelationMentionKind.Pronoun ? SpeakerFinder.ResolvePronoun(p, obj.Head) : obj.Entity;
        if (s >= 0 && s == o)
        {
            return false;
        }

        bool places = predicate == "located-in";
        if (!IsActor(p, subject.Head, places) || !IsActor(p, obj.Head, places))
        {
            return false;
        }

        if (predicate == "leader-of" && !(IsPerson(p, subject.First, subject.Last) || subject.Kind == RelationMentionKind.Pronoun && p.Lemma[subject.Head] is "he" or "she"))
        {
            return false;
        }

        // One is located in a place, not in an organisation or a person ("an analyst at the Institute for the Study of War").
        var objectLabel = EntityLabelAt(p, obj.Head);
        if (places && objectLabel is not null && objectLabel is not (EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC))
        {
            return false;
        }

        return predicate != "member-of" || objectLabel is not (EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC);
    }

    /// <summary>The first relation among <paramref name="candidates"/> (indices into <paramref name="relations"/>) that joins the two mentions (either way), or -1.</summary>
    internal static int RuleOf(ParsedDocument p, in RelationMention a, in RelationMention b, List<ActorRelation> relations, ReadOnlySpan<int> candidates, out bool reversed)
    {
        foreach (int r in candidates)
        {
            if (Joins(p, a, b, relations[r], out reversed))
            {
                return r;
            }
        }

        reversed = false;
        return -1;
    }

    /// <summary>
    /// The first <paramref name="count"/> relations grouped by the sentence their subject starts in (a pattern's relation
    /// lies in one sentence), so that a pair looks only at its own sentence's relations and a long document stays linear.
    /// </summary>
    internal static SentenceIndex RulesBySentence(ParsedDocument p, List<ActorRelation> relations, int count)
    {
        var sentences = new int[count];
        var starts = new int[p.Sentences.Count + 1];
        for (int r = 0; r < count; r++)
        {
            int token = Math.Max(0, p.Tokens.FirstEndingAfter(relations[r].Subject.Start));
            sentences[r] = token < p.Count ? p.SentenceOf[token] : p.Sentences.Count - 1;
            starts[sentences[r] + 1]++;
        }

        for (int s = 0; s < p.Sentences.Count; s++)
        {
            starts[s + 1] += starts[s];
        }

        var items = new int[count];
        var next = (int[])starts.Clone();
        for (int r = 0; r < count; r++)
        {
            items[next[sentences[r]]++] = r;
        }

        return new SentenceIndex(starts, items);
    }

    // Two mentions stand for one argument when they overlap or one hangs on the other ("the city of Mosul", "ISIL fighters").
    private static bool SameArgument(ParsedDocument p, in RelationMention x, in RelationMention y)
    {
        if (x.First <= y.Last && y.First <= x.Last)
        {
            return true;
        }

        return Hangs(p, x.Head, y.Head) || Hangs(p, y.Head, x.Head);
    }

    private static bool Hangs(ParsedDocument p, int dependent, int head) =>
        p.Heads[dependent] == head && (p.BaseRelation(dependent) is "nmod" or "compound" or "flat" or "appos");

    private static bool Joins(ParsedDocument p, in RelationMention a, in RelationMention b, ActorRelation r, out bool reversed)
    {
        int aStart = p.Start(a.First), aEnd = p.End(a.Last), bStart = p.Start(b.First), bEnd = p.End(b.Last);
        bool forward = Overlap(r.Subject, aStart, aEnd) && Overlap(r.Object, bStart, bEnd);
        reversed = !forward && Overlap(r.Subject, bStart, bEnd) && Overlap(r.Object, aStart, aEnd);
        return forward || reversed;
    }

    private static bool Overlap(RelationArgument x, int start, int end) => x.Start < end && start < x.End;

    private static RelationArgument MentionArgument(ParsedDocument p, in RelationMention m)
    {
        // A pronoun takes the name it stands for, when the speaker rules can tell.
        int e = m.Kind == RelationMentionKind.Pronoun ? SpeakerFinder.ResolvePronoun(p, m.Head) : m.Entity;
        var entity = e >= 0 && p.Entities is not null ? p.Entities.Entities[e] : null;
        int start = p.Start(m.First), end = p.End(m.Last);
        return new RelationArgument(p.Text[start..end], start, end, entity?.Canonical, entity?.EntityId);
    }

    /// <summary>Relation indices per sentence, in compressed rows: sentence s holds items[starts[s]..starts[s + 1]].</summary>
    internal readonly struct SentenceIndex(int[] starts, int[] items)
    {
        public ReadOnlySpan<int> Of(int sentence) => items.AsSpan(starts[sentence], starts[sentence + 1] - starts[sentence]);
    }

    private readonly record struct Found(int SubjectHead, int SubjectFirst, int SubjectLast, int ObjectFirst, int ObjectLast, int EvidenceFirst, int EvidenceLast)
    {
        /// <summary>The object's head token, where it differs from its first (verb and place patterns).</summary>
        public int ObjectHead { get; init; } = ObjectFirst;
    }

    private static void Add(ParsedDocument p, RelationPattern pattern, Found r, IReadOnlyList<Quote> quotes, HashSet<(int, int, string)> covered, List<ActorRelation> relations)
    {
        if (r.SubjectLast >= r.ObjectFirst && r.SubjectFirst <= r.ObjectLast)
        {
            return;
        }

        if (pattern.PersonSubject && !IsPerson(p, r.SubjectFirst, r.SubjectLast))
        {
            return;
        }

        // Relations hold between actors (and places, for located-in): "how many attacks tied to", "the fight against
        // terrorism" and "the hospital is affiliated with" are not ties between groups.
        bool places = pattern.Predicate == "located-in";
        if (!IsActor(p, r.SubjectHead, places) || !IsActor(p, r.ObjectHead, places))
        {
            return;
        }

        // One joins an organisation, not a country or a person ("U.S. forces will join Jordan in the exercise"); one is a
        // member of a group, not of a place ("a member of Iraq's parliament" is no membership of Iraq).
        if (pattern.Predicate == "member-of" && pattern.Match == RelationMatchKind.Verb && EntityLabelAt(p, r.ObjectHead) is not EntityLabel.ORG)
        {
            return;
        }

        if (pattern.Predicate == "member-of" && EntityLabelAt(p, r.ObjectHead) is EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC)
        {
            return;
        }

        // Keyed on the subject's head, so that "Ansar al Sharia in Libya" found by two patterns is one relation.
        if (!covered.Add((r.SubjectHead, r.ObjectFirst, pattern.Predicate)))
        {
            return;
        }

        var subject = Argument(p, r.SubjectHead, r.SubjectFirst, r.SubjectLast);
        var obj = Argument(p, r.ObjectHead, r.ObjectFirst, r.ObjectLast);
        var evidence = new TextSpan(p.Start(r.EvidenceFirst), p.End(r.EvidenceLast));
        relations.Add(new ActorRelation(subject, pattern.Predicate, obj, evidence, Status(p, r.EvidenceFirst, evidence, quotes),
            $"pattern {pattern.Predicate} '{string.Join(' ', pattern.Words)}'"));
    }

    // An active verb between two named actors: subject from nsubj (or the controller of an xcomp, the first conjunct's
    // subject, the noun a relative clause modifies), object from obj or from the obl with the pattern's preposition.
    private static Found? MatchVerb(ParsedDocument p, int t, RelationPattern pattern, bool reversed)
    {
        if (p.Upos[t] != UniversalPos.VERB || p.Lemma[t] != pattern.Words[0])
        {
            return null;
        }

        foreach (int c in p.Children(t))
        {
            if (p.Relations[c] is "aux:pass" or "nsubj:pass" or "expl:pass")
            {
                return null;
            }
        }

        int obj = -1;
        foreach (int c in p.Children(t))
        {
            if (pattern.Words.Count == 1 ? p.Relations[c] == "obj" : p.BaseRelation(c).SequenceEqual("obl") && HasCase(p, c, pattern.Words[1]))
            {
                obj = c;
                break;
            }
        }

        int subject = ActiveSubject(p, t);
        if (obj < 0 || subject < 0 || !IsActor(p, obj, places: false) || !IsActor(p, subject, places: false))
        {
            return null;
        }

        var (sf, sl) = ArgumentPhrase(p, subject);
        var (of, ol) = ArgumentPhrase(p, obj);
        return reversed
            ? new Found(obj, of, ol, sf, sl, t, t) { ObjectHead = subject }
            : new Found(subject, sf, sl, of, ol, t, t) { ObjectHead = obj };
    }

    // "militants in Derna": the preposition's place name modifies a noun before it (nmod), and that noun names someone or somewhere.
    private static Found? MatchPlace(ParsedDocument p, int t, RelationPattern pattern)
    {
        if (p.Entities is null || p.Relations[t] != "case" || !WordMatches(p, t, pattern.Words[0]))
        {
            return null;
        }

        int place = p.Heads[t];
        if (place <= t || !p.BaseRelation(place).SequenceEqual("nmod") || !IsPlace(p, place))
        {
            return null;
        }

        int holder = p.Heads[place];
        if (holder < 0 || holder >= t || !IsActor(p, holder, places: true))
        {
            return null;
        }

        var (sf, sl) = ArgumentPhrase(p, holder);
        var (of, ol) = ArgumentPhrase(p, place);
        sl = Math.Min(sl, t - 1);
        return new Found(holder, sf, sl, of, ol, t, t) { ObjectHead = place };
    }

    // Nouns that name a member of a group (for group patterns: "militants from ISIL", "members of the tribe"); leaders
    // are left to the leader patterns ("the leader of ISIL"), representatives to "representative of" (affiliated-with).
    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
    {
        "member", "fighter", "militant", "soldier", "troop", "officer", "official", "spokesman",
        "spokeswoman", "spokesperson", "operative", "jihadist", "insurgent", "rebel", "gunman", "recruit",
        "airman", "sailor", "marine", "personnel", "delegate", "envoy", "loyalist", "veteran",
    };

    // "militants from ISIL", "members of the Al Bu Nimr tribe": the preposition's organisation name modifies a member noun
    // or a person's name before it.
    private static Found? MatchGroup(ParsedDocument p, int t, RelationPattern pattern)
    {
        if (p.Entities is null || p.Relations[t] != "case" || !WordMatches(p, t, pattern.Words[0]))
        {
            return null;
        }

        int group = p.Heads[t];
        if (group <= t || !p.BaseRelation(group).SequenceEqual("nmod") || EntityLabelAt(p, group) is not EntityLabel.ORG)
        {
            return null;
        }

        // "He was a member of X", "X, a member of Y": the member phrase stands for a name the phrase patterns find.
        int holder = p.Heads[group];
        if (holder < 0 || holder >= t || p.SentenceOf[holder] != p.SentenceOf[t] || p.Child(holder, "nsubj") >= 0 || p.BaseRelation(holder).SequenceEqual("appos")
            || !(EntityLabelAt(p, holder) is EntityLabel.PER || (p.Upos[holder] == UniversalPos.NOUN && EntityLabelAt(p, holder) is null && MemberNouns.Contains(p.Lemma[holder]))))
        {
            return null;
        }

        var (sf, sl) = ArgumentPhrase(p, holder);
        var (of, ol) = ArgumentPhrase(p, group);
        sl = Math.Min(sl, t - 1);
        return new Found(holder, sf, sl, of, ol, t, t) { ObjectHead = group };
    }

    // "CTF 50 is led by Commodore Andrew Burns", "the group, founded by X": the phrase after the words is the subject,
    // the one the parse gives for the first word (its passive subject, the noun the participle modifies) the object.
    private static Found? MatchPhraseReversed(ParsedDocument p, int t, RelationPattern pattern)
    {
        if (MatchPhrase(p, t, pattern) is not { } r)
        {
            return null;
        }

        // The phrase after the words is a name or a core noun phrase: its last token heads it.
        int agent = r.ObjectLast;
        return new Found(agent, r.ObjectFirst, r.ObjectLast, r.SubjectFirst, r.SubjectLast, r.EvidenceFirst, r.EvidenceLast) { ObjectHead = r.SubjectHead };
    }

    // A role noun between a person's name and an organisation's: "ISIL leader Abu Bakr al-Baghdadi", "the Front's
    // spokesman, X", "X, an ISIL gang leader", "X, commander, Combined Joint Forces Land Component Command". Up to two
    // plain nouns or adjectives may stand between the organisation and the role ("ISIL gang leader").
    private static Found? MatchTitle(ParsedDocument p, int t, RelationPattern pattern)
    {
        if (p.Entities is null || p.Upos[t] is not (UniversalPos.NOUN or UniversalPos.PROPN) || !WordMatches(p, t, pattern.Words[0]))
        {
            return null;
        }

        int sentence = p.SentenceOf[t];
        int sentenceFirst = p.Sentences.FirstToken(sentence), sentenceEnd = p.Sentences.EndToken(sentence);
        int own = p.Entities.EntityOfToken(t);
        int orgFirst = -1, orgLast = -1;
        if (own >= 0)
        {
            // "Inherent Resolve Commander": the recognizer may keep the role inside the organisation's name.
            if (p.Entities.Entities[own].Label != EntityLabel.ORG || (t + 1 < p.Count && p.Entities.EntityOfToken(t + 1) == own))
            {
                return null;
            }

            orgLast = t - 1;
            orgFirst = t;
            while (orgFirst - 1 >= sentenceFirst && p.Entities.EntityOfToken(orgFirst - 1) == own)
            {
                orgFirst--;
            }

            if (orgFirst > orgLast)
            {
                return null;
            }
        }
        else
        {
            int u = t - 1;
            for (int skipped = 0; u >= sentenceFirst && skipped < 2 && p.Entities.EntityOfToken(u) < 0 && p.Upos[u] is UniversalPos.NOUN or UniversalPos.ADJ; skipped++)
            {
                u--;
            }

            if (u >= sentenceFirst && p.Chars(u).Equals("'s", StringComparison.OrdinalIgnoreCase))
            {
                u--;
            }

            if (u >= sentenceFirst && p.Entities.EntityOfToken(u) is var org && org >= 0 && p.Entities.Entities[org].Label == EntityLabel.ORG)
            {
                orgLast = u;
                orgFirst = u;
                while (orgFirst - 1 >= sentenceFirst && p.Entities.EntityOfToken(orgFirst - 1) == org)
                {
                    orgFirst--;
                }
            }
        }

        // The person: a name right after the role (a comma may come between), or one before "X, [a|the] ... role".
        int personFirst = -1, personLast = -1;
        int after = t + 1 < sentenceEnd && p.Chars(t + 1).SequenceEqual(",") ? t + 2 : t + 1;
        if (after < sentenceEnd && PersonAt(p, after) is { } pa)
        {
            (personFirst, personLast) = pa;
        }
        else
        {
            int b = orgFirst >= 0 ? orgFirst - 1 : t - 1;
            if (b >= sentenceFirst && p.Upos[b] == UniversalPos.DET)
            {
                b--;
            }

            if (b - 1 >= sentenceFirst && p.Chars(b).SequenceEqual(",") && PersonEndingAt(p, b - 1) is { } pb)
            {
                (personFirst, personLast) = pb;
            }
        }

        if (personFirst < 0)
        {
            return null;
        }

        if (orgFirst < 0)
        {
            // "X, commander, Y": the organisation follows the role after a comma, when the person came before it.
            int o = t + 1;
            if (personLast > t || o + 1 >= sentenceEnd || !p.Chars(o).SequenceEqual(","))
            {
                return null;
            }

            o++;
            if (p.Upos[o] == UniversalPos.DET)
            {
                o++;
            }

            int org = o < sentenceEnd ? p.Entities.EntityOfToken(o) : -1;
            if (org < 0 || p.Entities.Entities[org].Label != EntityLabel.ORG)
            {
                return null;
            }

            orgFirst = o;
            orgLast = o;
            while (orgLast + 1 < sentenceEnd && p.Entities.EntityOfToken(orgLast + 1) == org)
            {
                orgLast++;
            }
        }

        return new Found(personLast, personFirst, personLast, orgFirst, orgLast, t, t) { ObjectHead = orgLast };
    }

    private static (int First, int Last)? PersonAt(ParsedDocument p, int first)
    {
        int e = p.Entities!.EntityOfToken(first);
        if (e < 0 || p.Entities.Entities[e].Label != EntityLabel.PER || (first > 0 && p.Entities.EntityOfToken(first - 1) == e))
        {
            return null;
        }

        int last = first;
        while (last + 1 < p.Count && p.Entities.EntityOfToken(last + 1) == e)
        {
            last++;
        }

        return (first, last);
    }

    private static (int First, int Last)? PersonEndingAt(ParsedDocument p, int last)
    {
        int e = p.Entities!.EntityOfToken(last);
        if (e < 0 || p.Entities.Entities[e].Label != EntityLabel.PER || (last + 1 < p.Count && p.Entities.EntityOfToken(last + 1) == e))
        {
            return null;
        }

        int first = last;
        while (first - 1 >= 0 && p.Entities.EntityOfToken(first - 1) == e)
        {
            first--;
        }

        return (first, last);
    }

    private static int ActiveSubject(ParsedDocument p, int verb)
    {
        int t = verb;
        for (int depth = 0; depth < 3 && t >= 0; depth++)
        {
            foreach (int c in p.Children(t))
            {
                if (p.Relations[c] == "nsubj")
                {
                    // "forces that support the SDF": the relative pronoun stands for the noun the clause modifies.
                    return p.Upos[c] == UniversalPos.PRON && p.Relations[t] == "acl:relcl" && p.Heads[t] >= 0 ? p.Heads[t] : c;
                }
            }

            if (p.Relations[t] is not ("xcomp" or "conj"))
            {
                return -1;
            }

            t = p.Heads[t];
        }

        return -1;
    }

    private static bool HasCase(ParsedDocument p, int token, string word)
    {
        foreach (int c in p.Children(token))
        {
            if (p.Relations[c] == "case" && WordMatches(p, c, word))
            {
                return true;
            }
        }

        return false;
    }

    // Nouns that stand for a group or a member of one; anything else must be a name (or a pronoun that resolves to one).
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "militant", "fighter", "terrorist", "extremist", "force", "troop", "soldier", "army", "militia", "brigade", "battalion", "unit", "rebel",
        "insurgent", "jihadist", "group", "faction", "movement", "organisation", "organization", "party", "government",
        "regime", "administration", "coalition", "alliance", "ally", "partner", "member", "leader", "commander", "chief",
        "official", "representative", "spokesman", "supporter", "sympathizer", "loyalist", "gunman", "gang", "cell",
        "branch", "affiliate", "network", "tribe", "clan", "police", "agency", "ministry", "authority", "council", "state",
        "nation", "country",
    };

    private static bool IsActor(ParsedDocument p, int head, bool places)
    {
        if (head < 0)
        {
            return false;
        }

        if (p.Upos[head] == UniversalPos.PRON)
        {
            return p.IsActorEntity(SpeakerFinder.ResolvePronoun(p, head)) || p.Relations[head] == "nsubj";
        }

        if (EntityLabelAt(p, head) is { } label)
        {
            if (!places && label == EntityLabel.GPE && !IsKnownActor(p, head))
            {
                return false;
            }

            return label is EntityLabel.PER or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP
                || (places && label is EntityLabel.LOC or EntityLabel.FAC);
        }

        if (p.Upos[head] == UniversalPos.PROPN || (p.Upos[head] == UniversalPos.NOUN && (GroupNouns.Contains(p.Lemma[head]) || MemberNouns.Contains(p.Lemma[head]))))
        {
            return true;
        }

        // "the city of Mosul": a place noun named by its of-phrase.
        foreach (int c in p.Children(head))
        {
            if (places && p.Relations[c] == "nmod" && HasCase(p, c, "of") && EntityLabelAt(p, c) is EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC)
            {
                return true;
            }

            if (p.Relations[c] == "compound" && EntityLabelAt(p, c) is { } inner && (inner is EntityLabel.PER or EntityLabel.ORG or EntityLabel.GPE or EntityLabel.NORP || (places && inner is EntityLabel.LOC or EntityLabel.FAC)))
            {
                return true;
            }
        }

        return false;
    }

    // A place name that the actor dictionaries know (a country, a capital standing for its government) can back, rival
    // or ally; a town the gazetteer alone knows ("Derna") is where things happen, not who does them.
    private static bool IsKnownActor(ParsedDocument p, int token)
    {
        int e = p.Entities?.EntityOfToken(token) ?? -1;
        return e >= 0 && p.Entities!.Entities[e].EntityId is not null;
    }

    private static EntityLabel? EntityLabelAt(ParsedDocument p, int token)
    {
        int e = p.Entities?.EntityOfToken(token) ?? -1;
        return e >= 0 ? p.Entities!.Entities[e].Label : null;
    }

    private static bool IsPlace(ParsedDocument p, int token)
    {
        int e = p.Entities!.EntityOfToken(token);
        return e >= 0 && p.Entities.Entities[e].Label is EntityLabel.GPE or EntityLabel.LOC or EntityLabel.FAC;
    }

    private static (int First, int Last) ArgumentPhrase(ParsedDocument p, int head)
    {
        if (p.Upos[head] == UniversalPos.PRON)
        {
            return (head, head);
        }

        var (first, last) = p.CorePhrase(head);
        return p.TrimPunctuation(first, last);
    }

    private static bool WordMatches(ParsedDocument p, int t, string word) =>
        p.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase) || p.Lemma[t] == word;

    private static Found? MatchPhrase(ParsedDocument p, int t, RelationPattern pattern)
    {
        var words = pattern.Words;
        if (t + words.Count > p.Count)
        {
            return null;
        }

        int sentence = p.SentenceOf[t];
        for (int i = 0; i < words.Count; i++)
        {
            if (p.SentenceOf[t + i] != sentence || !WordMatches(p, t + i, words[i]))
            {
                return null;
            }
        }

        int last = t + words.Count - 1;
        var (of, ol) = ObjectAfter(p, last + 1);
        if (of < 0)
        {
            return null;
        }

        int subject = SubjectOf(p, t);
        if (subject < 0)
        {
            return null;
        }

        var (sf, sl) = Phrase(p, subject);
        return new Found(subject, sf, sl, of, ol, t, last);
    }

    // "al Qaeda-linked groups": tokens "Qaeda" "-" "linked" (or one token "Qaeda-linked") before the modified noun.
    private static Found? MatchSuffix(ParsedDocument p, int t, RelationPattern pattern)
    {
        var word = pattern.Words[0];
        var chars = p.Chars(t);
        int objectLast;
        if (chars.Equals(word, StringComparison.OrdinalIgnoreCase) && t >= 2 && p.Chars(t - 1).SequenceEqual("-")
            && p.End(t - 2) == p.Start(t - 1) && p.End(t - 1) == p.Start(t))
        {
            objectLast = t - 2;
        }
        else
        {
            return null;
        }

        int objectFirst = objectLast;
        if (p.Entities is not null && p.Entities.EntityOfToken(objectLast) is var e && e >= 0)
        {
            while (objectFirst > 0 && p.Entities.EntityOfToken(objectFirst - 1) == e)
            {
                objectFirst--;
            }
        }
        else if (p.Upos[objectLast] is not (UniversalPos.PROPN or UniversalPos.NOUN))
        {
            return null;
        }

        // The modified noun: the head of the modifier when it follows, else the next noun.
        int head = -1;
        int end = p.Sentences.EndToken(p.SentenceOf[t]);
        for (int u = t + 1; u < end && u <= t + 4; u++)
        {
            if (p.Upos[u] is UniversalPos.NOUN or UniversalPos.PROPN)
            {
                head = u;
                while (head + 1 < end && p.Upos[head + 1] is UniversalPos.NOUN && p.Relations[head] == "compound")
                {
                    head++;
                }

                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        return new Found(head, t + 1, head, objectFirst, objectLast, objectFirst, t);
    }

    private static Found? MatchOrganizationInPlace(ParsedDocument p, int t, RelationPattern pattern)
    {
        if (p.Entities is null || t + 2 >= p.Count || !WordMatches(p, t + 1, pattern.Words[0]))
        {
            return null;
        }

        int org = p.Entities.EntityOfToken(t);
        int place = p.Entities.EntityOfToken(t + 2);
        if (org < 0 || place < 0 || p.Entities.EntityOfToken(t + 1) == org
            || p.Entities.Entities[org].Label != EntityLabel.ORG || p.Entities.Entities[place].Label != EntityLabel.GPE)
        {
            return null;
        }

        int of = t;
        while (of > 0 && p.Entities.EntityOfToken(of - 1) == org)
        {
            of--;
        }

        int pl = t + 2;
        while (pl + 1 < p.Count && p.Entities.EntityOfToken(pl + 1) == place)
        {
            pl++;
        }

        return new Found(t, of, t, t + 2, pl, of, pl);
    }

    // The object: the first actor entity or noun phrase within a few tokens after the pattern, in the same sentence.
    private static (int First, int Last) ObjectAfter(ParsedDocument p, int start)
    {
        if (start >= p.Count)
        {
            return (-1, -1);
        }

        int end = p.Sentences.EndToken(p.SentenceOf[start - 1 >= 0 ? start - 1 : 0]);
        for (int u = start; u < end && u < start + MaxObjectDistance; u++)
        {
            int e = p.Entities?.EntityOfToken(u) ?? -1;
            if (p.IsActorEntity(e))
            {
                int last = u;
                while (last + 1 < end && p.Entities!.EntityOfToken(last + 1) == e)
                {
                    last++;
                }

                return (u, last);
            }

            if (p.Upos[u] is UniversalPos.NOUN or UniversalPos.PROPN)
            {
                int head = u;
                while (p.Heads[head] > head && p.Heads[head] < end && p.Relations[head] is "compound" or "amod" or "flat")
                {
                    head = p.Heads[head];
                }

                var (f, l) = p.CorePhrase(head);
                return (Math.Max(f, start), l);
            }

            if (p.Upos[u] is UniversalPos.VERB or UniversalPos.PUNCT or UniversalPos.AUX)
            {
                break;
            }
        }

        return (-1, -1);
    }

    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "pledge", "swear", "declare", "proclaim", "announce", "express", "have", "keep", "maintain", "become", "remain",
        "name", "appoint", "elect", "make", "join", "deny", "reject", "acknowledge", "admit", "confirm",
    };

    // The subject of the relation, from the parse around the pattern's first word.
    private static int SubjectOf(ParsedDocument p, int first)
    {
        int t = first;
        for (int depth = 0; depth < 4 && t >= 0; depth++)
        {
            var rel = p.BaseRelation(t);
            int subject = p.Child(t, "nsubj");
            int head = p.Heads[t];
            if (subject >= 0 && subject != first)
            {
                // "Ansar al Sharia, which is linked to al Qaeda": the relative pronoun stands for the phrase its clause modifies.
                bool relative = p.Upos[subject] == UniversalPos.PRON && p.Lemma[subject] is "which" or "who" or "that";
                return relative && rel.SequenceEqual("acl") && head >= 0 && SpeakerFinder.IsNominal(p.Upos[head]) ? head : subject;
            }

            if (head < 0)
            {
                return -1;
            }

            // "militants in Libya proclaiming allegiance to": a participle that the parse hangs on the noun after it
            // (compound, amod) modifies the phrase before it.
            if (depth == 0 && p.Upos[t] == UniversalPos.VERB && head > t && (rel.SequenceEqual("compound") || rel.SequenceEqual("amod")))
            {
                return GroupBefore(p, t);
            }

            if (rel.SequenceEqual("appos") || rel.SequenceEqual("acl") || rel.SequenceEqual("amod"))
            {
                return SpeakerFinder.IsNominal(p.Upos[head]) ? head : -1;
            }

            // "pledged allegiance to": the object of a light verb takes that verb's subject; the object of any other verb
            // does not ("ISIL killed 70 members of the tribe" says nothing of ISIL's membership).
            if (rel.SequenceEqual("obj") && !LightVerbs.Contains(p.Lemma[head]))
            {
                return -1;
            }

            if (rel.SequenceEqual("obj") || rel.SequenceEqual("obl") || rel.SequenceEqual("xcomp") || rel.SequenceEqual("conj")
                || rel.SequenceEqual("case") || rel.SequenceEqual("advcl") || rel.SequenceEqual("mark"))
            {
                t = head;
                continue;
            }

            return -1;
        }

        return -1;
    }

    // The actor just before a participle: the nearest noun within three tokens, climbing from a place name to the
    // noun its preposition modifies ("militants in Libya" → militants).
    private static int GroupBefore(ParsedDocument p, int participle)
    {
        int first = p.Sentences.FirstToken(p.SentenceOf[participle]);
        for (int u = participle - 1; u >= first && u >= participle - 3; u--)
        {
            if (p.Upos[u] is not (UniversalPos.NOUN or UniversalPos.PROPN))
            {
                continue;
            }

            int n = u;
            while (IsPlace(p, n) && p.BaseRelation(n).SequenceEqual("nmod") && p.Heads[n] >= first && p.Heads[n] < n)
            {
                n = p.Heads[n];
            }

            return !IsPlace(p, n) && IsActor(p, n, places: false) ? n : -1;
        }

        return -1;
    }

    private static (int First, int Last) Phrase(ParsedDocument p, int head) =>
        p.Upos[head] == UniversalPos.PRON ? (head, head) : p.CorePhrase(head);

    private static RelationArgument Argument(ParsedDocument p, int head, int first, int last)
    {
        int entity = p.Upos[head] == UniversalPos.PRON ? SpeakerFinder.ResolvePronoun(p, head) : p.EntityIn(first, last, head);
        string? canonical = null, id = null;
        if (entity >= 0 && p.Entities is not null)
        {
            canonical = p.Entities.Entities[entity].Canonical;
            id = p.Entities.Entities[entity].EntityId;
        }

        return new RelationArgument(p.Text[p.Start(first)..p.End(last)], p.Start(first), p.End(last), canonical, id);
    }

    private static bool IsPerson(ParsedDocument p, int first, int last)
    {
        if (p.Entities is null)
        {
            return false;
        }

        for (int t = first; t <= last; t++)
        {
            int e = p.Entities.EntityOfToken(t);
            if (e >= 0 && p.Entities.Entities[e].Label == EntityLabel.PER)
            {
                return true;
            }
        }

        return false;
    }

    // "denied any ties with ISIS", "rejected claims of links to al Qaeda", "has no links to": a denial verb above the
    // evidence word, or "no" on the evidence noun.
    private static bool Denied(ParsedDocument p, int evidenceToken)
    {
        foreach (int c in p.Children(evidenceToken))
        {
            if (p.Lemma[c] is "no" && p.BaseRelation(c).SequenceEqual("det"))
            {
                return true;
            }
        }

        // Up through what the verb takes (its object, a noun's modifier, a clause), not out of a relative clause.
        int t = evidenceToken;
        for (int depth = 0; depth < 4 && p.Heads[t] >= 0; depth++)
        {
            var rel = p.BaseRelation(t);
            if (!(rel.SequenceEqual("obj") || rel.SequenceEqual("obl") || rel.SequenceEqual("nmod") || rel.SequenceEqual("ccomp") || rel.SequenceEqual("xcomp")))
            {
                return false;
            }

            t = p.Heads[t];
            if (p.Upos[t] == UniversalPos.VERB && p.Lemma[t] is "deny" or "reject" or "dismiss" or "refute")
            {
                return true;
            }
        }

        return false;
    }

    private static string Status(ParsedDocument p, int evidenceToken, TextSpan evidence, IReadOnlyList<Quote> quotes)
    {
        if (Denied(p, evidenceToken))
        {
            return "denied";
        }

        int sentence = p.SentenceOf[evidenceToken];
        for (int t = p.Sentences.FirstToken(sentence); t < p.Sentences.EndToken(sentence); t++)
        {
            if (p.Lemma[t] is "allege" or "allegedly" or "blame" or "accuse" or "suspect" or "purportedly")
            {
                return "alleged";
            }
        }

        foreach (var q in quotes)
        {
            if (q.Content.Start <= evidence.Start && evidence.End <= q.Content.End)
            {
                return "reported";
            }
        }

        for (int t = p.Sentences.FirstToken(sentence); t < p.Sentences.EndToken(sentence); t++)
        {
            if (p.Lemma[t] is "reportedly" or "reported")
            {
                return "reported";
            }
        }

        return "asserted";
    }
}

using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Attributes;

/// <summary>
/// Reads killed, injured, abducted and arrested figures tied to an event trigger, under ACLED's conservative rules (lowest
/// stated figure; "dozens" = 12, "tens" = 10, "hundreds" = 100, "scores" = 20, "a couple of hundred" = 200; "some" = unknown).
/// A casualty word counts when it is the trigger or within three dependency edges of it in the same sentence; its figure is the
/// number on its victims (object of "killing", passive subject of "were killed", subject of "died", the "of" phrase of
/// "the execution of") or on the casualty noun itself ("21 bodies"). Ages, money, dates and units never count.
/// </summary>
public static class CasualtyCounter
{
    private const int MaxDistance = 3;

    /// <summary>The figures of the event whose trigger is <paramref name="triggerToken"/>.</summary>
    public static EventCounts Count(Document document, int triggerToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((uint)triggerToken >= (uint)document.TokenCount)
        {
            throw new ArgumentOutOfRangeException(nameof(triggerToken));
        }

        SentenceParse view = SentenceParse.OfToken(document, triggerToken);
        var counts = new EventCount?[4];
        Span<int> best = [int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue];
        for (int c = view.First; c < view.End; c++)
        {
            CasualtyKind kind = KindOf(view, c);
            if (kind == CasualtyKind.None)
            {
                continue;
            }

            int distance = c == triggerToken ? 0 : view.HasParse ? view.Distance(triggerToken, c) : Math.Abs(c - triggerToken);
            if (distance > MaxDistance || distance >= best[(int)kind] || InActorClause(view, triggerToken, c))
            {
                continue;
            }

            EventCount? count = CountFor(view, c, kind);
            if (count is null)
            {
                continue;
            }

            best[(int)kind] = distance;
            counts[(int)kind] = count;
        }

        return counts[0] is null && counts[1] is null && counts[2] is null && counts[3] is null
            ? EventCounts.None
            : new EventCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    /// <summary>
    /// True when <paramref name="c"/> sits in a relative clause on the subject of the trigger's clause ("militants who killed 12
    /// attacked a town"): that clause describes the actor, not this event.
    /// </summary>
    private static bool InActorClause(SentenceParse view, int trigger, int c)
    {
        for (int x = c, steps = 0; x >= 0 && steps < 16; x = view.Head(x), steps++)
        {
            if (x == trigger || view.IsAncestor(x, trigger))
            {
                return false;
            }

            int head = view.Head(x);
            if (view.Is(x, "acl:relcl") && head >= 0 && (view.Is(head, "nsubj") || view.Is(head, "nsubj:pass")))
            {
                return true;
            }
        }

        return false;
    }

    private static CasualtyKind KindOf(SentenceParse view, int token)
    {
        UniversalPos upos = view.Upos(token);
        if (upos is not (UniversalPos.VERB or UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.None))
        {
            return CasualtyKind.None;
        }

        string lemma = view.Lemma(token);
        if (WordLists.Killed.Contains(lemma))
        {
            return CasualtyKind.Killed;
        }

        if (WordLists.Injured.Contains(lemma))
        {
            return CasualtyKind.Injured;
        }

        if (WordLists.Abducted.Contains(lemma))
        {
            return CasualtyKind.Abducted;
        }

        if (WordLists.Arrested.Contains(lemma))
        {
            // "held hostage", "held the hostages": an abduction, not an arrest.
            int victim = Victim(view, token);
            if (victim >= 0 && IsHostageWord(view, victim))
            {
                return CasualtyKind.Abducted;
            }

            if (HostageComplement(view, token))
            {
                return CasualtyKind.Abducted;
            }

            // "round" counts only as "round up".
            if (view.Lemma(token).Equals("round", StringComparison.OrdinalIgnoreCase) && !HasParticleUp(view, token))
            {
                return CasualtyKind.None;
            }

            return CasualtyKind.Arrested;
        }

        if (lemma.Equals("take", StringComparison.OrdinalIgnoreCase) && HostageComplement(view, token))
        {
            return CasualtyKind.Abducted;
        }

        return CasualtyKind.None;
    }

    private static bool IsHostageWord(SentenceParse view, int token) =>
        view.Lemma(token).Equals("hostage", StringComparison.OrdinalIgnoreCase) || view.Lemma(token).Equals("captive", StringComparison.OrdinalIgnoreCase);

    /// <summary>"taken captive", "held hostage": a hostage word as a complement of the verb.</summary>
    private static bool HostageComplement(SentenceParse view, int verb)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) == verb && (view.Is(i, "xcomp") || view.Is(i, "obl") || view.Is(i, "advmod") || view.Is(i, "obj")) && IsHostageWord(view, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasParticleUp(SentenceParse view, int verb)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) == verb && view.TextIs(i, "up"))
            {
                return true;
            }
        }

        return verb + 1 < view.End && view.TextIs(verb + 1, "up");
    }

    /// <summary>Verbs that need a stated figure to count: "held talks", "seized the town" are not people.</summary>
    private static bool IsWeak(SentenceParse view, int token)
    {
        string lemma = view.Lemma(token);
        return lemma.Equals("hold", StringComparison.OrdinalIgnoreCase) || lemma.Equals("seize", StringComparison.OrdinalIgnoreCase)
            || lemma.Equals("capture", StringComparison.OrdinalIgnoreCase) || lemma.Equals("round", StringComparison.OrdinalIgnoreCase)
            || lemma.Equals("take", StringComparison.OrdinalIgnoreCase) || lemma.Equals("body", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The victims' token of a casualty word, or -1.</summary>
    private static int Victim(SentenceParse view, int c)
    {
        if (!view.HasParse)
        {
            return -1;
        }

        UniversalPos upos = view.Upos(c);
        bool nounLike = upos is UniversalPos.NOUN or UniversalPos.PROPN;
        if (nounLike)
        {
            // "the execution of 21 Egyptian Christians", "the killing of nine people".
            for (int i = view.First; i < view.End; i++)
            {
                if (view.Head(i) == c && view.Is(i, "nmod") && HasCase(view, i, "of"))
                {
                    return i;
                }
            }

            return c;
        }

        if (upos == UniversalPos.ADJ)
        {
            // "12 wounded soldiers" (amod), "left 12 dead" (xcomp of "left" with the object).
            if (view.Is(c, "amod") && view.Head(c) >= 0)
            {
                return view.Head(c);
            }

            if (view.Is(c, "xcomp") && view.Head(c) >= 0)
            {
                int obj = view.Child(view.Head(c), "obj");
                if (obj >= 0)
                {
                    return obj;
                }
            }

            return c;
        }

        int victim = view.Child(c, "obj");
        if (victim < 0)
        {
            victim = view.Child(c, "nsubj:pass");
        }

        if (victim < 0)
        {
            string lemma = view.Lemma(c);
            if (lemma.Equals("die", StringComparison.OrdinalIgnoreCase) || lemma.Equals("perish", StringComparison.OrdinalIgnoreCase)
                || view.Child(c, "aux:pass") >= 0)
            {
                victim = view.Child(c, "nsubj");
            }
        }

        if (victim >= 0 && view.Upos(victim) == UniversalPos.PRON && view.Is(c, "acl") && view.Head(c) >= 0)
        {
            // "people who were killed", "jihadists who have died": the noun the relative clause hangs from.
            return view.Head(c);
        }

        if (victim < 0 && view.Child(c, "nsubj") < 0 && (view.Is(c, "acl") || view.Is(c, "amod")) && view.Head(c) >= 0
            && view.Upos(view.Head(c)) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM)
        {
            // "nine people killed", "the 21 executed Christians"; not "the attack where the ambassador died".
            return view.Head(c);
        }

        return victim;
    }

    private static bool HasCase(SentenceParse view, int token, string word)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) == token && view.Is(i, "case") && view.TextIs(i, word))
            {
                return true;
            }
        }

        return false;
    }

    private static EventCount? CountFor(SentenceParse view, int c, CasualtyKind kind)
    {
        string word = view.Lemma(c);
        if (word.Equals("toll", StringComparison.OrdinalIgnoreCase))
        {
            return TollFigure(view, c);
        }

        int victim = Victim(view, c);
        bool weak = IsWeak(view, c);
        if (victim < 0)
        {
            return null;
        }

        if (Figure(view, victim, out NumberPhrase phrase, out int extra))
        {
            string reason = $"{Name(kind)}: {phrase.Reason}{(extra > 0 ? $" (sum over {extra + 1} coordinated groups)" : string.Empty)}; figure of the victims of '{view.Chars(c).ToString()}'";
            return new EventCount(phrase.Value, phrase.Min, phrase.Max, view.StartOf(phrase.First), view.EndOf(phrase.End - 1), reason);
        }

        if (weak || victim == c && view.Upos(c) != UniversalPos.NOUN)
        {
            return null;
        }

        if (view.Upos(victim) == UniversalPos.PRON || WordLists.NotPeople.Contains(view.Lemma(victim)))
        {
            return null;
        }

        string xpos = view.Xpos(victim);
        bool plural = xpos is "NNS" or "NNPS" || (xpos.Length == 0 && view.Chars(victim)[^1] is 's' or 'S');
        if (victim == c)
        {
            // A casualty noun without a figure ("deaths", "hostages"): stated but unknown.
            return plural
                ? new EventCount(null, null, null, view.StartOf(c), view.EndOf(c), $"{Name(kind)}: '{view.Chars(c).ToString()}' without a figure, unknown")
                : null;
        }

        if (plural)
        {
            return new EventCount(null, null, null, view.StartOf(victim), view.EndOf(victim), $"{Name(kind)}: plural victims '{view.Chars(victim).ToString()}' of '{view.Chars(c).ToString()}' without a figure, unknown");
        }

        if (view.Upos(victim) is UniversalPos.NOUN or UniversalPos.PROPN)
        {
            return new EventCount(1, null, null, view.StartOf(victim), view.EndOf(victim), $"{Name(kind)}: one victim, '{view.Chars(victim).ToString()}' of '{view.Chars(c).ToString()}'");
        }

        return null;
    }

    /// <summary>"the death toll rose to 30", "a toll of 30": the first figure about people within five tokens after "toll".</summary>
    private static EventCount? TollFigure(SentenceParse view, int toll)
    {
        int limit = Math.Min(view.End, toll + 6);
        for (int i = toll + 1; i < limit; i++)
        {
            if (NumberReader.IsNumberPart(view, i) && NumberReader.TryRead(view, i, out NumberPhrase phrase) && phrase.Value is not null && IsAboutPeople(view, phrase, -1))
            {
                return new EventCount(phrase.Value, phrase.Min, phrase.Max, view.StartOf(phrase.First), view.EndOf(phrase.End - 1), $"killed: {phrase.Reason}; the death toll");
            }
        }

        return null;
    }

    /// <summary>The figure on a victims' token: the token itself, its nummod or quantifier, summed over coordinated groups.</summary>
    private static bool Figure(SentenceParse view, int victim, out NumberPhrase phrase, out int extra)
    {
        extra = 0;
        if (!OwnFigure(view, victim, out phrase))
        {
            return false;
        }

        // "killed five soldiers and three civilians": ACLED counts all fatalities of the event.
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) == victim && view.Is(i, "conj") && (i < phrase.First || i >= phrase.End) && OwnFigure(view, i, out NumberPhrase more)
                && phrase.Value is int a && more.Value is int b)
            {
                int first = Math.Min(phrase.First, more.First);
                int end = Math.Max(phrase.End, more.End);
                phrase = new NumberPhrase(a + b, null, null, first, end, $"{phrase.Reason} + {more.Reason}");
                extra++;
            }
        }

        return true;
    }

    private static bool OwnFigure(SentenceParse view, int victim, out NumberPhrase phrase)
    {
        phrase = default;
        if (NumberReader.IsNumberPart(view, victim) && NumberReader.TryRead(view, victim, out phrase))
        {
            return IsAboutPeople(view, phrase, -1);
        }

        // Children in order of trust: a cardinal, then a quantity noun ("a couple of hundred"), then a quantifier ("some").
        int unknownAt = -1;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = view.First; i < view.End; i++)
            {
                if (view.Head(i) != victim || !NumberReader.IsNumberPart(view, i))
                {
                    continue;
                }

                bool nummod = view.Is(i, "nummod");
                if (pass == 0 && !nummod)
                {
                    continue;
                }

                if (!(nummod || view.Is(i, "det") || view.Is(i, "amod") || view.Is(i, "nmod") || view.Is(i, "compound")))
                {
                    continue;
                }

                if (!NumberReader.TryRead(view, i, out NumberPhrase candidate) || !IsAboutPeople(view, candidate, victim))
                {
                    continue;
                }

                if (candidate.Value is null)
                {
                    unknownAt = unknownAt < 0 ? i : unknownAt;
                    phrase = candidate;
                    continue;
                }

                phrase = candidate;
                return true;
            }
        }

        return unknownAt >= 0;
    }

    /// <summary>Not an age ("21-year-old"), money, a percentage, a date or a unit ("10 km").</summary>
    private static bool IsAboutPeople(SentenceParse view, NumberPhrase phrase, int noun)
    {
        if (noun >= 0 && WordLists.NotPeople.Contains(view.Lemma(noun)))
        {
            return false;
        }

        int after = phrase.End;
        if (after < view.End)
        {
            ReadOnlySpan<char> next = view.Word(after);
            if (next.Equals("%", StringComparison.Ordinal) || next.Equals("percent", StringComparison.OrdinalIgnoreCase)
                || WordLists.NotPeople.Contains(next) || WordLists.Months.Contains(next)
                || next.StartsWith("-year", StringComparison.OrdinalIgnoreCase) || next.StartsWith("year-", StringComparison.OrdinalIgnoreCase)
                || (next.Equals("-", StringComparison.Ordinal) && after + 1 < view.End && view.Word(after + 1).StartsWith("year", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        ReadOnlySpan<char> own = view.Word(phrase.End - 1);
        if (own.Contains("-year", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int before = phrase.First - 1;
        if (before >= view.First)
        {
            ReadOnlySpan<char> previous = view.Word(before);
            if (previous.Equals("$", StringComparison.Ordinal) || previous.Equals("€", StringComparison.Ordinal) || previous.Equals("£", StringComparison.Ordinal)
                || previous.Equals("aged", StringComparison.OrdinalIgnoreCase) || previous.Equals("age", StringComparison.OrdinalIgnoreCase)
                || WordLists.Months.Contains(previous))
            {
                return false;
            }

            if (phrase.Value is >= 1900 and <= 2099 && WordLists.TimePrepositions.Contains(previous))
            {
                return false;
            }
        }

        return true;
    }

    private static string Name(CasualtyKind kind) => kind switch
    {
        CasualtyKind.Killed => "killed",
        CasualtyKind.Injured => "injured",
        CasualtyKind.Abducted => "abducted",
        _ => "arrested",
    };
}

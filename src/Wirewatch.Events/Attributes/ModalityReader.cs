using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Attributes;

/// <summary>
/// Reads how an article presents an event from the parse around its trigger. Cues on the trigger (or the support verb of a noun
/// trigger): negation ("not", "never", "no attack", "failed to"), modals and "if" (hypothetical), "will" with a violent verb or
/// "threatened/vowed to" (threatened), "allegedly", "reportedly", "purportedly", "suspected", "likely", "believed to".
/// Cues above it, climbing the tree: the complement of "claim" (claimed; claimant = its subject; channel and verification from
/// the sentence), "deny" (denied), "allege/accuse/blame" (alleged), "suspect/believe" (suspected), a report verb with a source
/// that is not the writer ("residents said", "according to", "a source told Reuters") or a witness ("they saw") (reported).
/// The strongest status wins: negated, denied, threatened, hypothetical, claimed, alleged, suspected, reported, asserted.
/// </summary>
public static class ModalityReader
{
    private static readonly string[] SourceExcluded = ["appos", "acl", "punct", "parataxis", "advcl", "dep", "case", "ccomp", "mark"];

    /// <summary>The modality of the event whose trigger is <paramref name="triggerToken"/>.</summary>
    public static EventModality Read(Document document, int triggerToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((uint)triggerToken >= (uint)document.TokenCount)
        {
            throw new ArgumentOutOfRangeException(nameof(triggerToken));
        }

        SentenceParse view = SentenceParse.OfToken(document, triggerToken);
        var state = new State(view);
        if (view.HasParse)
        {
            ReadLocalCues(view, triggerToken, state);
            Climb(view, triggerToken, state);
        }
        else
        {
            ReadAdverbsWithoutParse(view, triggerToken, state);
        }

        return state.Build();
    }

    private sealed class State(SentenceParse view)
    {
        private readonly string?[] _reasons = new string?[(int)EventStatus.Negated + 1];

        public List<TextSpan> Evidence { get; } = [];

        public EventClaim? Claim { get; set; }

        public EventAttribution? Attribution { get; set; }

        public int ClaimVerb { get; set; } = -1;

        public void Mark(EventStatus status, string reason, int cueToken)
        {
            _reasons[(int)status] ??= reason;
            if (cueToken >= 0)
            {
                AddEvidence(view.StartOf(cueToken), view.EndOf(cueToken));
            }
        }

        public void AddEvidence(int start, int end)
        {
            var span = new TextSpan(start, end);
            if (!Evidence.Contains(span))
            {
                Evidence.Add(span);
            }
        }

        public EventModality Build()
        {
            ReadOnlySpan<EventStatus> order =
            [
                EventStatus.Negated, EventStatus.Denied, EventStatus.Threatened, EventStatus.Hypothetical, EventStatus.Claimed,
                EventStatus.Alleged, EventStatus.Suspected, EventStatus.Reported,
            ];
            foreach (EventStatus status in order)
            {
                if (_reasons[(int)status] is string reason)
                {
                    string attribution = Attribution is null ? string.Empty : $"; source '{Attribution.Text}'";
                    return new EventModality(status, Claim, Attribution, $"{Name(status)}: {reason}{attribution}", Evidence);
                }
            }

            return new EventModality(EventStatus.Asserted, Claim, Attribution, "asserted: no report, claim or modal cue on the trigger", Evidence);
        }
    }

    /// <summary>Cues on the trigger itself, on the support verb of a noun trigger ("carried out an attack") and on verbs taking it as xcomp.</summary>
    private static void ReadLocalCues(SentenceParse view, int trigger, State state)
    {
        int support = -1;
        if (view.Upos(trigger) is UniversalPos.NOUN or UniversalPos.PROPN && (view.Is(trigger, "obj") || view.Is(trigger, "nsubj:pass")))
        {
            int head = view.Head(trigger);
            if (head >= 0 && view.Upos(head) == UniversalPos.VERB && !IsFramingVerb(view, head))
            {
                support = head;
            }
        }

        bool violent = WordLists.ViolentVerbs.Contains(view.Lemma(trigger));
        ReadChildren(view, trigger, violent, state);
        ReadChannel(view, trigger, state);
        if (support >= 0)
        {
            ReadChildren(view, support, violent, state);
            ReadChannel(view, support, state);
        }

        // "failed to kill", "plans to attack", "threatened to behead", "is believed to have killed", "accused of killing".
        int predicate = support >= 0 ? support : trigger;
        int governor = view.Head(predicate);
        if (governor < 0)
        {
            return;
        }

        string lemma = view.Lemma(governor);
        bool complement = view.Is(predicate, "xcomp") || view.Is(predicate, "advcl") || view.Is(predicate, "ccomp");
        if (!complement)
        {
            return;
        }

        if (WordLists.FailVerbs.Contains(lemma))
        {
            state.Mark(EventStatus.Negated, $"complement of '{view.Chars(governor).ToString()}'", governor);
        }
        else if (WordLists.ThreatVerbs.Contains(lemma))
        {
            state.Mark(EventStatus.Threatened, $"complement of '{view.Chars(governor).ToString()}'", governor);
            SetSource(view, governor, state, overwrite: false);
        }
        else if (WordLists.IntentVerbs.Contains(lemma))
        {
            state.Mark(EventStatus.Hypothetical, $"complement of '{view.Chars(governor).ToString()}' (not yet done)", governor);
        }
        else if (lemma.Equals("appear", StringComparison.OrdinalIgnoreCase) || lemma.Equals("seem", StringComparison.OrdinalIgnoreCase)
            || WordLists.SuspectedAdverbs.Contains(lemma))
        {
            state.Mark(EventStatus.Suspected, $"complement of '{view.Chars(governor).ToString()}'", governor);
        }
    }

    private static void ReadChildren(SentenceParse view, int head, bool violent, State state)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) != head)
            {
                continue;
            }

            ReadOnlySpan<char> word = view.Word(i);
            string lemma = view.Lemma(i);
            if ((view.Is(i, "advmod") || view.Is(i, "det") || view.Is(i, "neg") || view.Is(i, "aux") || view.Is(i, "cc:preconj"))
                && (WordLists.Negators.Contains(word) || WordLists.Negators.Contains(lemma)))
            {
                state.Mark(EventStatus.Negated, $"'{word.ToString()}' on '{view.Chars(head).ToString()}'", i);
            }
            else if (view.Is(i, "aux") && WordLists.FutureAuxiliaries.Contains(word))
            {
                if (violent)
                {
                    state.Mark(EventStatus.Threatened, $"'{word.ToString()}' with a violent verb", i);
                }
                else
                {
                    state.Mark(EventStatus.Hypothetical, $"future '{word.ToString()}'", i);
                }
            }
            else if (view.Is(i, "aux") && (WordLists.ModalAuxiliaries.Contains(word) || WordLists.ModalAuxiliaries.Contains(lemma)))
            {
                state.Mark(EventStatus.Hypothetical, $"modal '{word.ToString()}'", i);
            }
            else if (view.Is(i, "mark") && (view.TextIs(i, "if") || view.TextIs(i, "unless") || view.TextIs(i, "whether")))
            {
                state.Mark(EventStatus.Hypothetical, $"condition '{word.ToString()}'", i);
            }
            else if (view.Is(i, "advmod") || view.Is(i, "amod"))
            {
                ReadAdverb(view, i, state);
            }
        }
    }

    /// <summary>"beheaded them in a video", "announced the attack in a statement": the event is shown through its maker's channel.</summary>
    private static void ReadChannel(SentenceParse view, int head, State state)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) != head || !(view.Is(i, "obl") || view.Is(i, "nmod"))
                || !(HasCaseWord(view, i, "in") || HasCaseWord(view, i, "via") || HasCaseWord(view, i, "through") || HasCaseWord(view, i, "on")))
            {
                continue;
            }

            if (!WordLists.Channels.TryGetValue(view.Lemma(i), out string channel) || view.Lemma(i).Equals("media", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            state.Mark(EventStatus.Claimed, $"shown 'in a {view.Chars(i).ToString()}'", i);
            if (state.Claim is null)
            {
                int claimant = view.Child(head, "nsubj");
                if (claimant >= 0)
                {
                    (int first, int end) = view.Subtree(claimant, SourceExcluded);
                    int start = view.StartOf(first);
                    int stop = view.EndOf(end - 1);
                    state.Claim = new EventClaim(view.Document.Text[start..stop], start, stop, channel, Verification(view));
                    state.AddEvidence(start, stop);
                }
                else
                {
                    state.Claim = new EventClaim(null, -1, -1, channel, Verification(view));
                }
            }
        }
    }

    private static void ReadAdverb(SentenceParse view, int i, State state)
    {
        ReadOnlySpan<char> word = view.Word(i);
        if (WordLists.AllegedAdverbs.Contains(word))
        {
            state.Mark(EventStatus.Alleged, $"'{word.ToString()}'", i);
        }
        else if (WordLists.ReportedAdverbs.Contains(word))
        {
            state.Mark(EventStatus.Reported, $"'{word.ToString()}'", i);
        }
        else if (WordLists.ClaimedAdverbs.Contains(word))
        {
            state.Mark(EventStatus.Claimed, $"'{word.ToString()}'", i);
            state.Claim ??= new EventClaim(null, -1, -1, null, "unverified");
        }
        else if (WordLists.SuspectedAdverbs.Contains(word))
        {
            state.Mark(EventStatus.Suspected, $"'{word.ToString()}'", i);
        }
    }

    private static void ReadAdverbsWithoutParse(SentenceParse view, int trigger, State state)
    {
        int from = Math.Max(view.First, trigger - 3);
        for (int i = from; i < trigger; i++)
        {
            ReadOnlySpan<char> word = view.Word(i);
            if (WordLists.Negators.Contains(word))
            {
                state.Mark(EventStatus.Negated, $"'{word.ToString()}' before the trigger (no parse)", i);
            }
            else
            {
                ReadAdverb(view, i, state);
            }
        }
    }

    /// <summary>Walks from the trigger to the root, reading report, claim, denial, allegation and suspicion frames.</summary>
    private static void Climb(SentenceParse view, int trigger, State state)
    {
        int current = trigger;
        for (int steps = 0; current >= 0 && steps < 32; steps++)
        {
            ReadSideFrames(view, current, state);
            int head = view.Head(current);
            if (head < 0)
            {
                return;
            }

            // A coordinated clause is a sibling event: its own frame does not cover this one, its governors do.
            if (!view.Is(current, "conj"))
            {
                ReadFrame(view, current, head, state);
            }
            else if (IsPronounSubject(view, current) && IsReportOrPerception(view, head))
            {
                // "Residents said ..., but they saw ...": the second clause is still the residents' account.
                ReadFrame(view, current, head, state);
            }

            current = head;
        }
    }

    private static bool IsPronounSubject(SentenceParse view, int verb)
    {
        int subject = view.Child(verb, "nsubj");
        return subject >= 0 && view.Upos(subject) == UniversalPos.PRON;
    }

    private static bool IsReportOrPerception(SentenceParse view, int token) =>
        WordLists.ReportVerbs.Contains(view.Lemma(token)) || WordLists.PerceptionVerbs.Contains(view.Lemma(token));

    /// <summary>", police said" (parataxis) and "according to residents" (obl) hanging from a node on the path.</summary>
    private static void ReadSideFrames(SentenceParse view, int node, State state)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) != node)
            {
                continue;
            }

            if (view.Is(i, "parataxis") && WordLists.ReportVerbs.Contains(view.Lemma(i)))
            {
                Report(view, i, state, "parenthetical");
            }
            else if ((view.Is(i, "obl") || view.Is(i, "nmod")) && HasAccording(view, i))
            {
                state.Mark(EventStatus.Reported, $"'according to {view.Chars(i).ToString()}'", i);
                SetAttribution(view, i, state);
            }
        }
    }

    private static bool HasAccording(SentenceParse view, int token)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) == token && view.Is(i, "case") && view.TextIs(i, "according"))
            {
                return true;
            }
        }

        return token - 2 >= view.First && view.TextIs(token - 2, "according") && view.TextIs(token - 1, "to");
    }

    private static void ReadFrame(SentenceParse view, int child, int head, State state)
    {
        string lemma = view.Lemma(head);
        bool clausal = view.Is(child, "ccomp") || view.Is(child, "xcomp") || view.Is(child, "csubj") || view.Is(child, "advcl");
        bool nominal = view.Is(child, "obj") || view.Is(child, "obl") || view.Is(child, "nmod") || view.Is(child, "acl");
        string headText = view.Chars(head).ToString();
        if (WordLists.ClaimVerbs.Contains(lemma) && view.Upos(head) == UniversalPos.VERB && (clausal || nominal))
        {
            state.Mark(EventStatus.Claimed, $"{Relation(view, child)} of '{headText}'", head);
            SetClaim(view, head, view.Child(head, "nsubj"), state);
        }
        else if (WordLists.ClaimNouns.Contains(lemma) && view.Upos(head) == UniversalPos.NOUN && (nominal || clausal))
        {
            // "claimed responsibility for the attack", "claims of an attack".
            int verb = view.Head(head);
            bool verbClaims = verb >= 0 && WordLists.ClaimVerbs.Contains(view.Lemma(verb));
            bool nounClaims = view.Lemma(head).Equals("claim", StringComparison.OrdinalIgnoreCase);
            if (verbClaims || nounClaims)
            {
                state.Mark(EventStatus.Claimed, $"'{(verbClaims ? view.Chars(verb).ToString() + " " : string.Empty)}{headText}'", verbClaims ? verb : head);
                state.AddEvidence(view.StartOf(head), view.EndOf(head));
                int claimant = verbClaims ? view.Child(verb, "nsubj") : view.Child(head, "nmod:poss");
                SetClaim(view, verbClaims ? verb : head, claimant, state);
            }
        }
        else if (WordLists.DenyVerbs.Contains(lemma) && (clausal || nominal))
        {
            state.Mark(EventStatus.Denied, $"{Relation(view, child)} of '{headText}'", head);
            SetSource(view, head, state, overwrite: false);
        }
        else if (WordLists.AllegeVerbs.Contains(lemma) && (clausal || nominal))
        {
            state.Mark(EventStatus.Alleged, $"{Relation(view, child)} of '{headText}'", head);
            SetSource(view, head, state, overwrite: false);
        }
        else if (WordLists.SuspectVerbs.Contains(lemma) && (clausal || view.Is(child, "obl")))
        {
            state.Mark(EventStatus.Suspected, $"{Relation(view, child)} of '{headText}'", head);
            SetSource(view, head, state, overwrite: false);
        }
        else if (WordLists.ReportVerbs.Contains(lemma) && view.Upos(head) is UniversalPos.VERB or UniversalPos.None && clausal)
        {
            Report(view, head, state, "complement");
        }
        else if (WordLists.PerceptionVerbs.Contains(lemma) && (clausal || view.Is(child, "obj")))
        {
            Report(view, head, state, "witnessed");
        }
        else if ((lemma.Equals("show", StringComparison.OrdinalIgnoreCase) || lemma.Equals("depict", StringComparison.OrdinalIgnoreCase))
            && view.Child(head, "nsubj") is int subject && subject >= 0 && WordLists.Channels.TryGetValue(view.Lemma(subject), out string channel))
        {
            // "a video showing the beheading of ...": the channel presents the event as its maker's claim.
            state.Mark(EventStatus.Claimed, $"shown in a {channel}", subject);
            state.Claim = state.Claim is null
                ? new EventClaim(null, -1, -1, channel, Verification(view))
                : state.Claim with { Channel = state.Claim.Channel ?? channel };
        }
    }

    private static void Report(SentenceParse view, int verb, State state, string how)
    {
        int source = SourceOf(view, verb);
        if (source < 0 && InvertedSpeaker(view, verb, out int first, out int end))
        {
            // '"...," said Geoff Porter, ...' where the parse lost the subject: the name right after the verb.
            state.Mark(EventStatus.Reported, $"{how} of '{view.Chars(verb).ToString()}' by '{view.Text(first, end)}'", verb);
            if (state.Attribution is null)
            {
                int start = view.StartOf(first);
                int stop = view.EndOf(end - 1);
                state.Attribution = new EventAttribution(view.Document.Text[start..stop], start, stop);
                state.AddEvidence(start, stop);
            }

            return;
        }

        if (source >= 0 && (WordLists.FirstPerson.Contains(view.Word(source)) || WordLists.FirstPerson.Contains(view.Lemma(source))))
        {
            // The writer's own voice ("we said") is not a report by someone else.
            return;
        }

        state.Mark(EventStatus.Reported, $"{how} of '{view.Chars(verb).ToString()}'{(source >= 0 ? $" by '{view.Chars(source).ToString()}'" : string.Empty)}", verb);
        if (source >= 0)
        {
            SetAttribution(view, source, state);
        }
    }

    /// <summary>A noun phrase right after a report verb ("said Geoff Porter", "said a senior official"), up to punctuation.</summary>
    private static bool InvertedSpeaker(SentenceParse view, int verb, out int first, out int end)
    {
        first = verb + 1;
        end = first;
        int lastNoun = -1;
        if (verb - 1 < view.First || view.Upos(verb - 1) != UniversalPos.PUNCT)
        {
            // Only the inverted quote pattern: '"...," said X'.
            return false;
        }

        while (end < view.End && view.Upos(end) is UniversalPos.DET or UniversalPos.ADJ or UniversalPos.PROPN or UniversalPos.NOUN or UniversalPos.NUM)
        {
            if (view.Upos(end) is UniversalPos.PROPN or UniversalPos.NOUN)
            {
                lastNoun = end;
            }

            end++;
        }

        if (lastNoun < 0)
        {
            return false;
        }

        bool closed = end >= view.End || view.Upos(end) == UniversalPos.PUNCT;
        end = lastNoun + 1;
        return closed;
    }

    /// <summary>The speaker of a report verb: its subject, or for a pronoun in "..., but they saw" the subject of the verb it is coordinated with.</summary>
    private static int SourceOf(SentenceParse view, int verb)
    {
        int source = view.Child(verb, "nsubj");
        if (source < 0)
        {
            // "blamed by Washington": the agent.
            for (int i = view.First; i < view.End; i++)
            {
                if (view.Head(i) == verb && (view.Is(i, "obl:agent") || (view.Is(i, "obl") && HasCaseWord(view, i, "by"))))
                {
                    return i;
                }
            }

            return -1;
        }

        if (view.Upos(source) == UniversalPos.PRON && view.Is(verb, "conj") && view.Head(verb) >= 0)
        {
            int other = view.Child(view.Head(verb), "nsubj");
            if (other >= 0 && view.Upos(other) != UniversalPos.PRON)
            {
                return other;
            }
        }

        return source;
    }

    private static bool HasCaseWord(SentenceParse view, int token, string word)
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

    private static void SetSource(SentenceParse view, int verb, State state, bool overwrite)
    {
        int source = SourceOf(view, verb);
        if (source >= 0 && (overwrite || state.Attribution is null))
        {
            SetAttribution(view, source, state);
        }
    }

    private static void SetAttribution(SentenceParse view, int source, State state)
    {
        if (state.Attribution is not null)
        {
            return;
        }

        (int first, int end) = view.Subtree(source, SourceExcluded);
        int start = view.StartOf(first);
        int stop = view.EndOf(end - 1);
        state.Attribution = new EventAttribution(view.Document.Text[start..stop], start, stop);
        state.AddEvidence(start, stop);
    }

    private static void SetClaim(SentenceParse view, int claimVerb, int claimant, State state)
    {
        if (state.Claim is { Claimant: not null })
        {
            return;
        }

        string? channel = ChannelNear(view, claimVerb);
        string verified = Verification(view);
        if (claimant >= 0)
        {
            (int first, int end) = view.Subtree(claimant, SourceExcluded);
            int start = view.StartOf(first);
            int stop = view.EndOf(end - 1);
            state.Claim = new EventClaim(view.Document.Text[start..stop], start, stop, channel, verified);
            state.AddEvidence(start, stop);
        }
        else
        {
            state.Claim = new EventClaim(null, -1, -1, channel, verified);
        }
    }

    /// <summary>The channel word ("video", "statement", "Twitter", ...) closest to the claim in the tree, within three edges.</summary>
    private static string? ChannelNear(SentenceParse view, int anchor)
    {
        string? best = null;
        int bestDistance = 4;
        for (int i = view.First; i < view.End; i++)
        {
            if (!(WordLists.Channels.TryGetValue(view.Lemma(i), out string channel) || WordLists.Channels.TryGetValue(view.Word(i), out channel)))
            {
                continue;
            }

            if (view.Lemma(i).Equals("media", StringComparison.OrdinalIgnoreCase) && !(i > view.First && view.TextIs(i - 1, "social")))
            {
                continue;
            }

            int distance = view.Distance(anchor, i);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = channel;
            }
        }

        return best;
    }

    /// <summary>"disputed" when the sentence denies or cannot verify it, "confirmed" when it confirms it, else "unverified".</summary>
    private static string Verification(SentenceParse view)
    {
        bool confirmed = false;
        for (int i = view.First; i < view.End; i++)
        {
            string lemma = view.Lemma(i);
            if (WordLists.DisputeVerbs.Contains(lemma) && view.Upos(i) == UniversalPos.VERB)
            {
                return "disputed";
            }

            if (WordLists.ConfirmVerbs.Contains(lemma) && view.Upos(i) is UniversalPos.VERB or UniversalPos.ADJ)
            {
                if (IsNegated(view, i))
                {
                    return "disputed";
                }

                confirmed = true;
            }
        }

        return confirmed ? "confirmed" : "unverified";
    }

    private static bool IsNegated(SentenceParse view, int token)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Head(i) == token && WordLists.Negators.Contains(view.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs that frame the trigger rather than support it: "claimed an attack" is a claim, not a doing.</summary>
    private static bool IsFramingVerb(SentenceParse view, int verb)
    {
        string lemma = view.Lemma(verb);
        return WordLists.ClaimVerbs.Contains(lemma) || WordLists.DenyVerbs.Contains(lemma) || WordLists.AllegeVerbs.Contains(lemma)
            || WordLists.ReportVerbs.Contains(lemma) || WordLists.SuspectVerbs.Contains(lemma) || WordLists.PerceptionVerbs.Contains(lemma);
    }

    private static string Relation(SentenceParse view, int child)
    {
        string relation = view.Relation(child);
        return relation.StartsWith("obj", StringComparison.Ordinal) ? "object" : relation.StartsWith("ccomp", StringComparison.Ordinal) || relation.StartsWith("xcomp", StringComparison.Ordinal) ? "complement" : "argument";
    }

    private static string Name(EventStatus status) => status switch
    {
        EventStatus.Asserted => "asserted",
        EventStatus.Reported => "reported",
        EventStatus.Claimed => "claimed",
        EventStatus.Alleged => "alleged",
        EventStatus.Suspected => "suspected",
        EventStatus.Denied => "denied",
        EventStatus.Hypothetical => "hypothetical",
        EventStatus.Threatened => "threatened",
        _ => "negated",
    };
}

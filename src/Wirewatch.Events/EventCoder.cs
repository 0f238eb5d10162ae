using System.Text;
using Wirewatch.Core.Documents;
using Wirewatch.Entities;
using Wirewatch.Events.Attributes;
using Wirewatch.Events.Merging;
using Wirewatch.Events.Ontology;
using Wirewatch.Events.Patterns;
using Wirewatch.Geo.Events;

namespace Wirewatch.Events;

/// <summary>
/// Codes events from a parsed document: finds triggers (verbs and nouns by lemma, with conditions on their
/// dependents), picks actors and recipients along dependency paths (subjects and objects, passive agents, "of"/"by"
/// of nominal events, coordination, relative clauses, frames such as "claimed an assault" and subjects shared down
/// xcomp/advcl/conj chains), reads place, date, counts and modality, merges mentions of one incident and labels the
/// result (CAMEO, ACLED, GTD). Immutable and thread-safe; the per-document work allocates per event, not per token.
/// </summary>
public sealed class EventCoder
{
    private const int MaxInheritance = 4;
    private static readonly EventLocator Locator = new();

    private readonly EventOntology _ontology;
    private readonly TriggerDictionary _triggers;
    private readonly NounLexicon _nouns;

    /// <summary>Creates a coder over loaded resources.</summary>
    public EventCoder(EventOntology ontology, TriggerDictionary triggers, NounLexicon nouns)
    {
        _ontology = ontology ?? throw new ArgumentNullException(nameof(ontology));
        _triggers = triggers ?? throw new ArgumentNullException(nameof(triggers));
        _nouns = nouns ?? throw new ArgumentNullException(nameof(nouns));
    }

    /// <summary>The ontology the coder labels with.</summary>
    public EventOntology Ontology => _ontology;

    /// <summary>The events of <paramref name="document"/> (tokens, sentences, tags, lemmas and dependencies required; entities and places used when present).</summary>
    public IReadOnlyList<CodedEvent> Code(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.TokenCount == 0)
        {
            return [];
        }

        var run = new Run(this, new CoderParse(document), document.Find<EntityLayer>(LayerKind.Entities));
        var mentions = run.Mentions();
        var merged = EventMerger.Merge(mentions, run.View);
        var result = new List<CodedEvent>(merged.Count);
        foreach (var e in merged)
        {
            result.Add(Label(e));
        }

        return result;
    }

    /// <summary>Adds CAMEO contexts, ACLED and GTD labels from the (merged) participants.</summary>
    internal CodedEvent Label(CodedEvent e)
    {
        string? actorSector = FirstSector(e.Actors);
        string? recipientSector = FirstSector(e.Recipients);
        var acled = _ontology.Acled(e.Type, e.Mode, actorSector, recipientSector);
        GtdLabel? gtd = null;
        if (actorSector is not ("MIL" or "GOV" or "COP"))
        {
            string? target = null;
            foreach (var r in e.Recipients)
            {
                target ??= _nouns.TargetOf(LastWord(r.Text));
            }

            gtd = _ontology.Gtd(e.Type, e.Mode, recipientSector, target);
        }

        var contexts = new List<string>();
        if (_ontology.Cameo(e.Cameo) is { } mapping)
        {
            foreach (var c in mapping.Contexts)
            {
                // PLOVER's "military" covers official state forces only.
                if (c != "military" || actorSector is "MIL" or "GOV")
                {
                    contexts.Add(c);
                }
            }
        }

        if (e.Type == "ASSAULT" && actorSector == "REB" && recipientSector is null or "CVL" or "REL" or "BUS" or "MED" or "GOV" && !contexts.Contains("terrorism"))
        {
            contexts.Add("terrorism");
        }

        return e with { Acled = acled, Gtd = gtd, Contexts = contexts };
    }

    private static string? FirstSector(IReadOnlyList<EventParticipant> participants)
    {
        foreach (var p in participants)
        {
            if (p.Sector is { Length: > 0 } s)
            {
                return s;
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> LastWord(string text)
    {
        var span = text.AsSpan().TrimEnd();
        int space = span.LastIndexOf(' ');
        var word = space >= 0 ? span[(space + 1)..] : span;
        return word.Length > 3 && word[^1] == 's' ? word[..^1] : word;
    }

    /// <summary>The work on one document.</summary>
    private sealed class Run
    {
        private readonly EventCoder _coder;
        private readonly EntityLayer? _entities;
        private readonly TriggerPattern?[] _patterns;

        public Run(EventCoder coder, CoderParse view, EntityLayer? entities)
        {
            _coder = coder;
            View = view;
            _entities = entities;
            _patterns = new TriggerPattern?[view.Count];
        }

        public CoderParse View { get; }

        public List<CodedEvent> Mentions()
        {
            for (int t = 0; t < View.Count; t++)
            {
                _patterns[t] = Match(t);
            }

            var mentions = new List<CodedEvent>();
            for (int t = 0; t < View.Count; t++)
            {
                if (_patterns[t] is { IsFrame: false } p && Mention(t, p) is { } e)
                {
                    mentions.Add(e);
                }
            }

            return mentions;
        }

        private TriggerPattern? Match(int t)
        {
            var upos = View.Upos(t);
            TriggerPos pos;
            if (upos == UniversalPos.VERB)
            {
                pos = TriggerPos.Verb;
            }
            else if (upos == UniversalPos.NOUN)
            {
                pos = TriggerPos.Noun;
            }
            else
            {
                return null;
            }

            var lemma = View.Lemma(t);
            var candidates = _coder._triggers.Find(lemma, pos);
            if (candidates.IsEmpty && lemma.Length > 0 && char.IsUpper(lemma[0]))
            {
                candidates = _coder._triggers.Find(lemma.ToLowerInvariant(), pos);
            }

            foreach (var p in candidates)
            {
                if (Holds(t, p))
                {
                    return p;
                }
            }

            return null;
        }

        private bool Holds(int t, TriggerPattern p)
        {
            foreach (var condition in p.Conditions)
            {
                bool found = false;
                foreach (int c in View.Children(t))
                {
                    if (found)
                    {
                        break;
                    }

                    var rel = View.Rel(c);
                    found = condition.Relation switch
                    {
                        "obj" => (rel == "obj" || rel == "nsubj:pass") && In(View.Lemma(c), condition.Words),
                        "mod" => (rel.StartsWith("compound", StringComparison.Ordinal) || rel == "amod" || rel == "nmod:npmod") && In(View.Lemma(c), condition.Words),
                        "prep" => ((rel == "compound:prt" || rel == "advmod") && In(View.Lemma(c), condition.Words))
                                  || (rel is not "case" and not "mark" && In(View.CaseOf(c), condition.Words)),
                        _ => false,
                    };
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool In(ReadOnlySpan<char> word, IReadOnlyList<string> words)
        {
            if (word.IsEmpty)
            {
                return false;
            }

            foreach (var w in words)
            {
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private CodedEvent? Mention(int t, TriggerPattern p)
        {
            var reason = new StringBuilder();
            reason.Append(p.Origin).Append(' ').Append(p.Pos == TriggerPos.Verb ? "verb" : "noun").Append(" '").Append(View.Lemma(t)).Append('\'');
            var actorHeads = new List<int>();
            var recipientHeads = new List<int>();
            var actorRels = p.ActorRelations ?? TriggerDictionary.DefaultActors(p.Pos);
            var recipientRels = p.RecipientRelations ?? TriggerDictionary.DefaultRecipients(p.Pos);
            int entityAux = EntityAuxiliary(t);
            bool passive = p.Pos == TriggerPos.Verb && View.IsPassive(t) && entityAux < 0;
            bool selfActor = false;
            foreach (var r in actorRels)
            {
                selfActor |= r == "self";
            }

            foreach (int c in View.Children(t))
            {
                if (IsConditionModifier(c, p))
                {
                    continue; // "air" in "air strikes" is part of the trigger, not a participant
                }

                if (passive && View.Rel(c) == "nsubj")
                {
                    recipientHeads.Add(c); // a passive subject the parser labelled nsubj
                    continue;
                }

                if (AnyFills(c, actorRels))
                {
                    actorHeads.Add(c);
                }
                else if (AnyFills(c, recipientRels))
                {
                    recipientHeads.Add(c);
                }
            }

            if (selfActor)
            {
                actorHeads.Add(t);
            }

            if (entityAux >= 0 && actorHeads.Count == 0)
            {
                // "IS held the hostages": a name the parser read as the verb "is".
                actorHeads.Add(entityAux);
                reason.Append("; actor: the name '").Append(View.Chars(entityAux)).Append("' parsed as an auxiliary");
            }

            if (p.Pos == TriggerPos.Noun && actorHeads.Count == 0)
            {
                // "the execution of 21 Egyptian Christians by militants": the parser often hangs "by" on the "of" noun.
                foreach (var r in recipientHeads)
                {
                    foreach (int c in View.Children(r))
                    {
                        if (View.Fills(c, "nmod:by"))
                        {
                            actorHeads.Add(c);
                            reason.Append("; actor: 'by' phrase under the recipient");
                        }
                    }
                }
            }

            if (passive && recipientHeads.Count == 0 && View.Rel(t) is "acl" or "acl:relcl" && View.Head(t) >= 0)
            {
                // "Ansar al Sharia, blamed by Washington for ...": the modified noun undergoes the passive verb.
                recipientHeads.Add(View.Head(t));
                reason.Append("; recipient: the noun the participle modifies");
            }

            string? frameStatus = null;
            int frame = -1;
            if (actorHeads.Count == 0 && actorRels.Count > 0)
            {
                frame = Inherit(t, actorHeads, recipientHeads, passive, 0, reason, out frameStatus);
            }
            else
            {
                frame = GoverningFrame(t, out frameStatus);
            }

            var actors = Participants(actorHeads, reason, "actor");
            var recipients = Participants(recipientHeads, reason, "recipient");
            double penalty = 0;
            if (actors.Count == 0 && recipients.Count == 0 && p.Pos == TriggerPos.Verb && !passive)
            {
                // The parse gave the verb no arguments (often a verb misread as a modifier: "jets pounded sites" as a
                // noun phrase); fall back to the nearest noun phrase on each side within the sentence.
                Linear(t, actors, recipients);
                if (actors.Count > 0 && recipients.Count > 0)
                {
                    reason.Append("; arguments by word order (the parse gives none)");
                    penalty = 0.1;
                }
                else
                {
                    actors.Clear();
                    recipients.Clear();
                }
            }
            if (actors.Count == 0 && recipients.Count == 0)
            {
                return null; // a bare mention ("factional fighting") names no incident
            }

            if (!p.Curated && (!IsActor(actors) || !IsActor(recipients)))
            {
                return null; // imported patterns are broad: as in PETRARCH, both sides must be actors (named or agent nouns)
            }

            if (p.Pos == TriggerPos.Noun && recipients.Count == 0 && View.Tags.Xpos(t) == "NNS" && View.Child(t, "nummod") < 0
                && !(frame >= 0 && frameStatus is null))
            {
                // A plural nominal without a target is generic ("attacks by sympathizers", "plan larger attacks"),
                // unless a factual frame asserts it ("militants who have carried out assassinations").
                return null;
            }

            if (passive && actors.Count == 0 && IsGenericPresent(t, recipientHeads))
            {
                return null; // "foreigners are being killed fighting for Islamist groups": a situation, not one incident
            }

            var modality = ModalityReader.Read(View.Document, t);
            if (modality.Status == EventStatus.Negated)
            {
                return null;
            }

            var status = modality.Status;
            var claim = modality.Claim;
            if (frameStatus is not null && Enum.TryParse<EventStatus>(frameStatus, ignoreCase: true, out var fs) && status is EventStatus.Asserted or EventStatus.Reported)
            {
                status = fs;
                if (fs == EventStatus.Claimed && claim is null && actors.Count > 0)
                {
                    claim = new EventClaim(actors[0].Text, actors[0].Start, actors[0].End, null, "unverified");
                }

                // The status may come from a frame further up than the one returned (-1 then).
                reason.Append("; status ").Append(frameStatus).Append(frame >= 0 ? " from the frame '" + View.Chars(frame).ToString() + "'" : " from a governing frame");
            }

            if (claim is not null && actors.Count > 0 && IsPronounSpan(claim.ClaimantStart, claim.ClaimantEnd))
            {
                // "they claimed ...": name the claimant by the resolved actor.
                claim = claim with { Claimant = actors[0].Canonical ?? actors[0].Text, ClaimantStart = actors[0].Start, ClaimantEnd = actors[0].End };
            }

            string? mode = Mode(t, p, actors, reason);
            var document = View.Document;
            EventDate? date = null;
            if (document.Metadata.Published is DateOnly published)
            {
                date = EventDateResolver.Resolve(document, t, published);
            }
            else
            {
                reason.Append("; no date: the article has no publication date");
            }

            var location = Locator.Locate(document, t);
            // Counts belong to violent and coercive events; a statement's sentence may mention deaths of another event.
            var counts = p.Type is "ASSAULT" or "COERCE" ? CasualtyCounter.Count(document, t) : EventCounts.None;
            if (mode == "execute" && actors.Count > 0 && !AnyState(actors))
            {
                // PLOVER's "execute" is judicial; armed groups killing captives is a mass killing when many die.
                mode = counts.Killed?.Value >= 5 ? "massacre" : null;
                reason.Append("; mode ").Append(mode ?? "none").Append(": an execution by a non-state actor is not judicial");
            }

            var trigger = new TextSpan(View.Tokens.StartOf(t), View.Tokens.EndOf(t));
            var evidence = new List<TextSpan> { trigger };
            foreach (var span in modality.Evidence)
            {
                evidence.Add(span);
            }

            double confidence = p.Curated ? 0.45 : 0.3;
            confidence += HasEntity(actors) ? 0.15 : actors.Count > 0 ? 0.05 : 0;
            confidence += recipients.Count > 0 ? 0.1 : 0;
            confidence += location?.Basis == EventLocationBasis.Parse ? 0.1 : 0;
            confidence += date is { Basis: DateBasis.Explicit or DateBasis.RelativeToPublication } ? 0.05 : 0;
            confidence += p.Conditions.Count > 0 ? 0.05 : 0;
            if (location is not null)
            {
                reason.Append("; place: ").Append(location.Reason);
            }

            reason.Append("; status: ").Append(modality.Reason);
            return new CodedEvent
            {
                Type = p.Type!,
                Mode = mode,
                Cameo = p.Cameo,
                Actors = actors,
                Recipients = recipients,
                Instrument = Instrument(t),
                Location = location,
                Date = date,
                Counts = counts,
                Status = status,
                Claim = claim,
                Attribution = modality.Attribution,
                Trigger = trigger,
                Evidence = evidence,
                Reason = reason.ToString(),
                Confidence = Math.Clamp(confidence - penalty, 0.05, 0.95),
                Sentence = View.Sentences.SentenceOf(t),
                TriggerToken = t,
            };
        }

        // A present-tense passive ("are being killed", "are kidnapped") whose undergoers are a bare plural
        // ("foreigners", not "the foreigners" or "three foreigners") states what keeps happening.
        private bool IsGenericPresent(int t, List<int> recipientHeads)
        {
            bool present = false;
            foreach (int c in View.Children(t))
            {
                var rel = View.Rel(c);
                if (rel is "aux" or "aux:pass")
                {
                    var xpos = View.Tags.Xpos(c);
                    if (xpos is "VBD" or "MD" || View.Lemma(c).Equals("have", StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }

                    present |= xpos is "VBP" or "VBZ";
                }
            }

            if (!present || recipientHeads.Count == 0)
            {
                return false;
            }

            foreach (int r in recipientHeads)
            {
                if (View.Tags.Xpos(r) != "NNS")
                {
                    return false;
                }

                foreach (int c in View.Children(r))
                {
                    if (View.Rel(c) is "det" or "nummod" or "nmod:poss" or "compound" or "appos" or "flat")
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private bool IsPronounSpan(int start, int end)
        {
            if (start < 0 || end <= start)
            {
                return false;
            }

            int token = View.Tokens.FirstEndingAfter(start);
            return token < View.Count && View.Tokens.EndOf(token) == end && View.Upos(token) == UniversalPos.PRON;
        }

        // An auxiliary or copula child that the entity layer marks as a name ("IS" in "IS held ..."), or -1.
        private int EntityAuxiliary(int t)
        {
            if (_entities is null)
            {
                return -1;
            }

            foreach (int c in View.Children(t))
            {
                var rel = View.Rel(c);
                if ((rel == "aux" || rel == "aux:pass" || rel == "cop") && _entities.EntityOfToken(c) is int e and >= 0
                    && _entities.Entities[e].Label is EntityLabel.ORG or EntityLabel.PER or EntityLabel.GPE or EntityLabel.NORP)
                {
                    return c;
                }
            }

            return -1;
        }

        private bool IsConditionModifier(int c, TriggerPattern p)
        {
            foreach (var condition in p.Conditions)
            {
                if (condition.Relation == "mod" && In(View.Lemma(c), condition.Words))
                {
                    return true;
                }
            }

            return false;
        }

        // Nearest noun phrase before the verb (its head is a noun within four words) and after it (the first noun
        // within five words, extended to its head noun), each cut at the verb.
        private void Linear(int t, List<EventParticipant> actors, List<EventParticipant> recipients)
        {
            int sentence = View.Sentences.SentenceOf(t);
            int first = View.Sentences.FirstToken(sentence);
            int end = View.Sentences.EndToken(sentence);
            for (int i = t - 1; i >= Math.Max(first, t - 4); i--)
            {
                if (View.Upos(i) is UniversalPos.NOUN or UniversalPos.PROPN)
                {
                    actors.Add(Participant(i, first, t - 1));
                    break;
                }

                if (View.Upos(i) is UniversalPos.VERB or UniversalPos.AUX or UniversalPos.PUNCT or UniversalPos.ADP)
                {
                    break;
                }
            }

            for (int i = t + 1; i < Math.Min(end, t + 6); i++)
            {
                if (View.Upos(i) is UniversalPos.NOUN or UniversalPos.PROPN)
                {
                    int head = i;
                    while (head + 1 < end && View.Upos(head + 1) is UniversalPos.NOUN or UniversalPos.PROPN)
                    {
                        head++;
                    }

                    recipients.Add(Participant(head, t + 1, end - 1));
                    break;
                }

                if ((View.Upos(i) == UniversalPos.VERB && View.Rel(i) != "amod") || View.Upos(i) is UniversalPos.AUX or UniversalPos.PUNCT)
                {
                    break; // a participle modifier ("suspected militant sites") does not end the phrase
                }
            }
        }

        private bool AnyFills(int child, IReadOnlyList<string> rels)
        {
            foreach (var r in rels)
            {
                if (View.Fills(child, r))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsActor(List<EventParticipant> participants)
        {
            foreach (var p in participants)
            {
                if (p.Canonical is not null || p.Sector is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasEntity(List<EventParticipant> participants)
        {
            foreach (var p in participants)
            {
                if (p.Canonical is not null)
                {
                    return true;
                }
            }

            return false;
        }

        // The frame whose event role this trigger fills ("claimed an assault": the frame of "assault" is "claimed").
        private int GoverningFrame(int t, out string? status)
        {
            status = null;
            int h = View.Head(t);
            if (h >= 0 && _patterns[h] is { IsFrame: true } frame && AnyFills(t, frame.EventRelations))
            {
                status = frame.Status;
                return h;
            }

            return -1;
        }

        // A trigger without its own actor takes one from the structure around it; returns the governing frame or -1.
        private int Inherit(int t, List<int> actors, List<int> recipients, bool passive, int depth, StringBuilder reason, out string? status)
        {
            int frame = GoverningFrame(t, out status);
            if (depth > MaxInheritance)
            {
                return frame;
            }

            int h = View.Head(t);
            if (h < 0)
            {
                return frame;
            }

            var rel = View.Rel(t);
            if (frame >= 0)
            {
                var frameActors = _patterns[frame]!.ActorRelations ?? TriggerDictionary.DefaultActors(TriggerPos.Verb);
                foreach (int c in View.Children(frame))
                {
                    if (c != t && AnyFills(c, frameActors))
                    {
                        actors.Add(c);
                    }
                }

                if (actors.Count == 0)
                {
                    Inherit(frame, actors, recipients, false, depth + 1, reason, out _);
                }

                reason.Append("; actor from the frame '").Append(View.Chars(frame)).Append('\'');
                return frame;
            }

            if (rel == "acl:relcl" || (rel == "acl" && View.Upos(h) is UniversalPos.NOUN or UniversalPos.PROPN && _patterns[h] is null))
            {
                if (passive)
                {
                    if (recipients.Count == 0)
                    {
                        recipients.Add(h);
                        reason.Append("; recipient: the modified noun (").Append(rel).Append(')');
                    }
                }
                else
                {
                    actors.Add(h);
                    reason.Append("; actor: the modified noun (").Append(rel).Append(')');
                }

                return -1;
            }

            if (rel is "xcomp" or "advcl" or "conj" or "acl" or "advcl:relcl" || rel.StartsWith("advcl", StringComparison.Ordinal))
            {
                if (_patterns[h] is { } headPattern && !headPattern.IsFrame)
                {
                    // Share the actor of the governing event ("attacked ..., killing nine").
                    var rels = headPattern.ActorRelations ?? TriggerDictionary.DefaultActors(headPattern.Pos);
                    bool headPassive = headPattern.Pos == TriggerPos.Verb && View.IsPassive(h);
                    foreach (int c in View.Children(h))
                    {
                        if (!(headPassive && View.Rel(c) == "nsubj") && c != t && AnyFills(c, rels))
                        {
                            actors.Add(c);
                        }
                    }

                    if (actors.Count == 0)
                    {
                        Inherit(h, actors, recipients, headPassive, depth + 1, reason, out status);
                    }

                    reason.Append("; actor shared with '").Append(View.Chars(h)).Append("' (").Append(rel).Append(')');
                    return -1;
                }

                if (_patterns[h] is { IsFrame: true })
                {
                    int f = Inherit(h, actors, recipients, false, depth + 1, reason, out _);
                    var frameActors = _patterns[h]!.ActorRelations!;
                    foreach (int c in View.Children(h))
                    {
                        if (c != t && AnyFills(c, frameActors) && !actors.Contains(c))
                        {
                            actors.Add(c);
                        }
                    }

                    reason.Append("; actor from '").Append(View.Chars(h)).Append("' (").Append(rel).Append(')');
                    return f;
                }

                int subject = View.Child(h, "nsubj");
                if (subject >= 0 && subject != t)
                {
                    actors.Add(subject);
                    reason.Append("; actor: subject of '").Append(View.Chars(h)).Append("' (").Append(rel).Append(')');
                }
                else if (View.Upos(h) == UniversalPos.VERB)
                {
                    Inherit(h, actors, recipients, View.IsPassive(h), depth + 1, reason, out status);
                }
            }

            return -1;
        }

        private string? Mode(int t, TriggerPattern p, List<EventParticipant> actors, StringBuilder reason)
        {
            if (p.Mode is not null && p.Conditions.Count > 0)
            {
                return p.Mode;
            }

            foreach (int c in View.Children(t))
            {
                if (View.Fills(c, "obl:with") && _coder._nouns.ModeOf(View.Lemma(c)) is { } instrumentMode)
                {
                    reason.Append("; mode ").Append(instrumentMode).Append(" from the instrument '").Append(View.Chars(c)).Append('\'');
                    return instrumentMode;
                }

                var rel = View.Rel(c);
                if ((rel == "amod" || rel.StartsWith("compound", StringComparison.Ordinal)) && _coder._nouns.ModeOf(View.Lemma(c)) is { } modifierMode)
                {
                    return modifierMode;
                }
            }

            foreach (var a in actors)
            {
                int head = View.Tokens.FirstEndingAfter(a.End - 1);
                var lemma = head >= 0 && head < View.Count ? View.Lemma(head).AsSpan() : LastWord(a.Text);
                if ((_coder._nouns.ModeOf(lemma) ?? _coder._nouns.ModeOf(LastWord(a.Text))) is { } actorMode)
                {
                    reason.Append("; mode ").Append(actorMode).Append(" from the actor '").Append(a.Text).Append('\'');
                    return actorMode;
                }
            }

            return p.Mode;
        }

        private static bool AnyState(List<EventParticipant> actors)
        {
            foreach (var a in actors)
            {
                if (a.Sector is "GOV" or "MIL" or "COP" or "JUD")
                {
                    return true;
                }
            }

            return false;
        }

        private EventParticipant? Instrument(int t)
        {
            foreach (int c in View.Children(t))
            {
                if (View.Fills(c, "obl:with") && _coder._nouns.ModeOf(View.Lemma(c)) is not null)
                {
                    return Participant(c);
                }
            }

            return null;
        }

        private List<EventParticipant> Participants(List<int> heads, StringBuilder reason, string role)
        {
            var result = new List<EventParticipant>(heads.Count + 1);
            foreach (var h0 in heads)
            {
                int h = Resolve(h0);
                if (h < 0)
                {
                    continue;
                }

                if (h != h0)
                {
                    reason.Append("; ").Append(role).Append(" '").Append(View.Chars(h0)).Append("' → '").Append(View.Chars(h)).Append('\'');
                }

                AddWithConjuncts(h, result);
            }

            return result;
        }

        private void AddWithConjuncts(int h, List<EventParticipant> result)
        {
            AddUnique(result, Participant(h));
            foreach (int c in View.Children(h))
            {
                if (View.Rel(c) == "conj" && View.Upos(c) is UniversalPos.NOUN or UniversalPos.PROPN)
                {
                    AddUnique(result, Participant(c));
                }
            }
        }

        private static void AddUnique(List<EventParticipant> list, EventParticipant p)
        {
            foreach (var q in list)
            {
                if (q.Start == p.Start && q.End == p.End)
                {
                    return;
                }
            }

            list.Add(p);
        }

        // Pronouns point to their antecedent: a relative pronoun to the modified noun, "they"/"it" to the nearest
        // earlier subject of the same number; other pronouns ("we", "you") give no participant.
        private int Resolve(int h)
        {
            if (View.Upos(h) != UniversalPos.PRON)
            {
                return h;
            }

            var lemma = View.Lemma(h);
            int head = View.Head(h);
            if (lemma is "who" or "which" or "that" && head >= 0 && View.Rel(head) == "acl:relcl")
            {
                return View.Head(head);
            }

            bool plural;
            if (lemma is "they" or "them")
            {
                plural = true;
            }
            else if (lemma is "it" or "he" or "she" or "him" or "her")
            {
                plural = false;
            }
            else
            {
                return -1;
            }

            int sentence = View.Sentences.SentenceOf(h);
            for (int t = h - 1; t >= View.Sentences.FirstToken(Math.Max(0, sentence - 2)); t--)
            {
                var rel = View.Rel(t);
                // Subjects, and nouns the parser made the root of a verbless reading ("IS militants in Libya have escalated").
                if ((rel == "nsubj" || rel == "nsubj:pass" || (rel == "root" && View.Tags.Xpos(t).StartsWith("NN", StringComparison.Ordinal)))
                    && View.Upos(t) is UniversalPos.NOUN or UniversalPos.PROPN && AgreesInNumber(t, plural))
                {
                    return t;
                }
            }

            return -1;
        }

        private bool Plural(int t)
        {
            if (_entities is not null && _entities.EntityOfToken(t) is int e and >= 0 && _entities.Entities[e].Label == EntityLabel.ORG)
            {
                return true; // organisations are referred to as "they" and "it"
            }

            var xpos = View.Tags.Xpos(t);
            return xpos.EndsWith('S');
        }

        private bool AgreesInNumber(int t, bool plural)
        {
            if (_entities is not null && _entities.EntityOfToken(t) is int e and >= 0 && _entities.Entities[e].Label is EntityLabel.ORG or EntityLabel.NORP)
            {
                return true; // organisations are "they" and "it"
            }

            return Plural(t) == plural;
        }

        /// <summary>The noun phrase of a head (with compounds, adjectives, numbers, flat names and possessors) and its entity.</summary>
        private EventParticipant Participant(int h) => Participant(h, 0, View.Count - 1);

        private EventParticipant Participant(int h, int min, int max)
        {
            int first = h, last = h;
            Extend(h, ref first, ref last, 0, min, max);
            int start = View.Tokens.StartOf(first);
            int end = View.Tokens.EndOf(last);
            ArticleEntity? entity = null;
            if (_entities is not null)
            {
                int e = _entities.EntityOfToken(h);
                if (e < 0)
                {
                    foreach (int c in View.Children(h))
                    {
                        if (e >= 0)
                        {
                            break;
                        }

                        var rel = View.Rel(c);
                        if (rel.StartsWith("compound", StringComparison.Ordinal) || rel == "amod" || rel.StartsWith("flat", StringComparison.Ordinal) || rel == "appos")
                        {
                            e = _entities.EntityOfToken(c);
                        }
                    }
                }

                if (e >= 0)
                {
                    entity = _entities.Entities[e];
                }
            }

            string? sector = entity?.Sector is { Length: > 0 } s ? s : null;
            if (sector is null || entity?.Label == EntityLabel.NORP)
            {
                // "Egyptian jets": the jets' sector (MIL), the adjective's country.
                sector = _coder._nouns.SectorOf(View.Chars(h)) ?? sector;
            }

            return new EventParticipant(
                View.Document.Text[start..end],
                start,
                end,
                entity?.Canonical,
                entity?.EntityId,
                entity?.Country is { Length: > 0 } country ? country : null,
                sector);
        }

        // "this year IS militants": a misparsed time phrase is not part of the actor's name.
        private bool IsTimeWord(int t)
        {
            var w = View.Chars(t);
            return WordLists.Units.Contains(w) || WordLists.Weekdays.Contains(w) || WordLists.DayParts.Contains(w);
        }

        private void Extend(int h, ref int first, ref int last, int depth, int min, int max)
        {
            if (depth > 3)
            {
                return;
            }

            foreach (int c in View.Children(h))
            {
                var rel = View.Rel(c);
                bool take = rel.StartsWith("compound", StringComparison.Ordinal) || rel == "amod" || rel == "nummod" || rel.StartsWith("flat", StringComparison.Ordinal)
                    || rel == "nmod:poss" || rel == "fixed" || (rel == "case" && depth > 0 && View.Rel(h) == "nmod:poss");
                if (!take || View.Upos(c) == UniversalPos.PUNCT || c < min || c > max || IsTimeWord(c))
                {
                    continue;
                }

                first = Math.Min(first, c);
                last = Math.Max(last, c);
                Extend(c, ref first, ref last, depth + 1, min, max);
            }
        }
    }
}

using Wirewatch.Core.Documents;
using Wirewatch.Entities;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// Finds quotes and reported speech in a parsed document. Direct quotes come from pairing quotation marks on the
/// characters and looking for a cue verb just after or just before the quotation (a quotation with no cue that
/// follows a quoted one continues it; one signed "― Name" or opening with "NAME:" names its speaker); reported speech
/// comes from cue verbs with a clausal complement (ccomp, xcomp, parataxis), attitude verbs with an object, and
/// "according to X". With <see cref="Model"/> the learned model takes over reported speech and chooses every speaker
/// (<see cref="SourceChooser"/>). Pure function of the document; thread-safe.
/// </summary>
public sealed class QuoteExtractor
{
    private const int MaxTokensAfterQuote = 8;
    private const int MaxTokensBeforeQuote = 12;

    public QuoteExtractor(SpeechCueLexicon cues, AttributionModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(cues);
        Cues = cues;
        Model = model;
    }

    public SpeechCueLexicon Cues { get; }

    /// <summary>The learned attribution model; null when only the rules run.</summary>
    public AttributionModel? Model { get; }

    /// <summary>Quotes in text order of their content. Needs tokens, sentences, tags, lemmas and dependencies; entities when present.</summary>
    public IReadOnlyList<Quote> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(new ParsedDocument(document), cancellationToken);
    }

    internal List<Quote> Extract(ParsedDocument p, CancellationToken cancellationToken)
    {
        List<Quote> quotes;
        if (Model is not null)
        {
            var state = Begin(p);
            cancellationToken.ThrowIfCancellationRequested();
            ChooseDirectSources(p, state, Model);
            FindLearned(p, state, Model);
            quotes = state.Quotes;
        }
        else
        {
            quotes = [];
            var usedCue = new bool[p.Count];
            var inDirect = new bool[p.Count];
            var pairs = QuoteMarks.Pair(p.Text);
            var unattributed = new List<QuotationMarks>();
            FindDirect(p, pairs, quotes, usedCue, inDirect, unattributed);
            cancellationToken.ThrowIfCancellationRequested();
            FindReported(p, quotes, usedCue, inDirect, unattributed);
            FindAccordingTo(p, quotes, inDirect, unattributed);
            FindHeadlineColons(p, quotes, inDirect);
        }

        quotes.Sort(static (a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return quotes;
    }

    /// <summary>
    /// What the rules settle before the model runs: direct quotations with their cues, "according to" phrases and
    /// "Name: ..." headlines and transcript turns. The
    /// tokens of their cues and contents are taken; the model looks at the rest. Shared by decoding and training.
    /// </summary>
    internal AttributionState Begin(ParsedDocument p)
    {
        var state = new AttributionState(p.Count);
        var pairs = QuoteMarks.Pair(p.Text);
        FindDirect(p, pairs, state.Quotes, state.UsedCue, state.InDirect, state.Unattributed);
        state.DirectCount = state.Quotes.Count;
        FindAccordingTo(p, state.Quotes, state.InDirect, state.Unattributed);
        FindHeadlineColons(p, state.Quotes, state.InDirect);
        for (int t = 0; t < p.Count; t++)
        {
            state.Taken[t] = state.UsedCue[t] || state.InDirect[t];
        }

        // A long quotation nobody is named for is someone's words all the same: no cue inside it (PolNeAR gives a token one role).
        foreach (var marks in state.Unattributed)
        {
            if (LongQuotation(p, marks) is var (openToken, closeToken) && openToken >= 0)
            {
                Mark(state.Quoted, openToken, closeToken);
            }
        }

        foreach (var q in state.Quotes)
        {
            MarkChars(p, state.Taken, q.Content);
            if (q.Cue is { } cue)
            {
                MarkChars(p, state.Taken, cue);
            }
        }

        return state;
    }

    private static void MarkChars(ParsedDocument p, bool[] marks, TextSpan span)
    {
        for (int t = Math.Max(0, p.Tokens.FirstEndingAfter(span.Start)); t >= 0 && t < p.Count && p.Start(t) < span.End; t++)
        {
            marks[t] = true;
        }
    }

    // Each free cue token's best candidate above the threshold; the best-scoring first, none overlapping another.
    private void FindLearned(ParsedDocument p, AttributionState state, AttributionModel model)
    {
        var candidates = new List<AttributionCandidate>();
        var options = new List<List<(float Score, AttributionCandidate Candidate)>>();
        Span<ulong> features = stackalloc ulong[AttributionFeatures.MaxFeatures + AttributionFeatures.StackedCount];
        var tokens = AttributionTokens.Create(p, Cues);
        var boundaries = new AttributionBoundaries(p, tokens);
        boundaries.Use(model.EndWeights, model.StartWeights, model.CueWeights);
        for (int t = 0; t < p.Count; t++)
        {
            if (state.Taken[t] || state.Quoted[t] || !AttributionCandidates.IsCueToken(p, t))
            {
                continue;
            }

            candidates.Clear();
            AttributionCandidates.Generate(p, t, candidates);
            AttributionCandidates.RemoveTaken(candidates, state.Taken);
            if (candidates.Count == 0)
            {
                continue;
            }

            var kind = Cues.KindOf(p.Lemma[t]);
            var (ruleFirst, ruleLast, _) = RuleContent(p, t);
            float bestEnd = float.NegativeInfinity, bestStart = float.NegativeInfinity;
            foreach (var c in candidates)
            {
                bestEnd = Math.Max(bestEnd, boundaries.End(c.Last));
                bestStart = Math.Max(bestStart, boundaries.Start(c.First));
            }

            List<(float Score, AttributionCandidate Candidate)>? above = null;
            for (int i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                int n = AttributionFeatures.Extract(p, c, kind, (ruleFirst, ruleLast), tokens, features);
                AttributionFeatures.Stacked(c, boundaries.Cue(t), boundaries.End(c.Last), boundaries.Start(c.First), bestEnd, bestStart, features[n..]);
                n += AttributionFeatures.StackedCount;
                float score = model.Score(features[..n]);
                if (score > model.Threshold)
                {
                    (above ??= []).Add((score, candidates[i]));
                }
            }

            if (above is not null)
            {
                above.Sort(static (a, b) => b.Score.CompareTo(a.Score));
                options.Add(above);
            }
        }

        var chosen = AttributionDecoder.Decode(options, model.Threshold, state.Taken);
        var lastSentence = new Dictionary<int, Quote>();
        var inContent = new bool[p.Count];
        var sourceCandidates = new List<int>();
        foreach (var (_, c) in chosen)
        {
            if (state.Taken[c.Cue] || AnyMarked(state.Taken, c.First, c.Last))
            {
                continue;
            }

            state.Taken[c.Cue] = true;
            Mark(state.Taken, c.First, c.Last);
            var content = new TextSpan(p.Start(c.First), p.End(c.Last));
            bool partial = ContainsQuotation(state.Unattributed, content);
            var speaker = ReportedSpeaker(p, c.Cue, c.First, c.Last);
            if (model.HasSource)
            {
                Array.Clear(inContent);
                Mark(inContent, c.First, c.Last);
                speaker = SourceChooser.Choose(p, model, c.Cue, inContent, direct: false, speaker, sourceCandidates);
            }

            var quote = new Quote(speaker, CueSpan(p, c.Cue), content, Direct: false, partial, Continuation: false, "model: " + KindName(c.Kind));
            state.Quotes.Add(quote);
            if (p.SentenceOf[c.Cue] == p.SentenceOf[c.Last] && (!lastSentence.TryGetValue(p.SentenceOf[c.Last], out var other) || other.Content.End < content.End))
            {
                lastSentence[p.SentenceOf[c.Last]] = quote;
            }
        }

        ContinueReported(p, state, lastSentence);
        UnnamedQuotations(p, state);
    }

    // A long quotation that nothing attributes is still someone's words: a direct quote with no cue and no speaker.
    private static void UnnamedQuotations(ParsedDocument p, AttributionState state)
    {
        foreach (var marks in state.Unattributed)
        {
            var (openToken, closeToken) = LongQuotation(p, marks);
            if (openToken < 0 || AnyMarked(state.Taken, openToken, closeToken))
            {
                continue;
            }

            Mark(state.Taken, openToken, closeToken);
            state.Quotes.Add(new Quote(null, null, new TextSpan(marks.ContentStart, marks.ContentEnd), Direct: true, Partial: false, Continuation: false,
                "quotation marks, no cue found"));
        }
    }

    // The tokens of a quotation's marks when it spans at least eight tokens, else (-1, -1).
    private static (int Open, int Close) LongQuotation(ParsedDocument p, QuotationMarks marks)
    {
        int openToken = p.Tokens.FirstEndingAfter(marks.Open);
        int closeToken = p.Tokens.FirstEndingAfter(marks.Close - 1);
        return openToken < 0 || closeToken < 0 || openToken >= p.Count || closeToken >= p.Count || closeToken - openToken < 8
            ? (-1, -1) : (openToken, closeToken);
    }

    // The source model's speakers for the quotations the rules found (a later part of a split quotation takes its first part's).
    private static void ChooseDirectSources(ParsedDocument p, AttributionState state, AttributionModel model)
    {
        if (!model.HasSource)
        {
            return;
        }

        var inContent = new bool[p.Count];
        var candidates = new List<int>();
        QuoteSpeaker? firstSpeaker = null;
        TextSpan? firstCue = null;
        for (int i = 0; i < state.DirectCount; i++)
        {
            var q = state.Quotes[i];
            if (q.Cue is not { } cue)
            {
                continue;
            }

            if (q.Continuation && firstCue == cue)
            {
                state.Quotes[i] = q with { Speaker = firstSpeaker };
                continue;
            }

            int cueToken = SourceChooser.CueToken(p, [cue]);
            if (cueToken < 0 || p.Upos[cueToken] is not (UniversalPos.VERB or UniversalPos.NOUN or UniversalPos.ADJ))
            {
                continue;
            }

            Array.Clear(inContent);
            SourceChooser.Mark(p, inContent, q.Content);
            if (q.Direct)
            {
                MarkQuotationMarks(p, inContent, q.Content);
            }

            var speaker = SourceChooser.Choose(p, model, cueToken, inContent, q.Direct, q.Speaker, candidates);
            state.Quotes[i] = q with { Speaker = speaker };
            firstSpeaker = speaker;
            firstCue = cue;
        }
    }

    // The marks around a quotation's words belong to its content, as in PolNeAR's spans.
    private static void MarkQuotationMarks(ParsedDocument p, bool[] marks, TextSpan words)
    {
        int first = p.Tokens.FirstEndingAfter(words.Start);
        int last = p.Tokens.FirstEndingAfter(Math.Max(words.Start, words.End - 1));
        if (first > 0 && first < p.Count && p.IsQuoteMark(first - 1))
        {
            marks[first - 1] = true;
        }

        if (last >= 0 && last + 1 < p.Count && p.IsQuoteMark(last + 1))
        {
            marks[last + 1] = true;
        }
    }

    // 'X said Y. "Z."': a quotation with no cue of its own that opens the sentence after reported speech continues it.
    private static void ContinueReported(ParsedDocument p, AttributionState state, Dictionary<int, Quote> lastSentence)
    {
        foreach (var marks in state.Unattributed)
        {
            int openToken = p.Tokens.FirstEndingAfter(marks.Open);
            int closeToken = p.Tokens.FirstEndingAfter(marks.Close - 1);
            if (openToken < 0 || closeToken < 0 || openToken >= p.Count || closeToken >= p.Count || closeToken - openToken < 4)
            {
                continue;
            }

            int sentence = p.SentenceOf[openToken];
            if (p.Sentences.FirstToken(sentence) != openToken || !lastSentence.TryGetValue(sentence - 1, out var previous)
                || HasLineBreak(p.Text, previous.Content.End, marks.Open) || AnyMarked(state.Taken, openToken, closeToken))
            {
                continue;
            }

            Mark(state.Taken, openToken, closeToken);
            Mark(state.InDirect, openToken, closeToken);
            state.Quotes.Add(previous with
            {
                Content = new TextSpan(marks.ContentStart, marks.ContentEnd), Direct = true, Partial = false, Continuation = true,
                Reason = "quotation marks, continues the reported speech before it",
            });
        }
    }

    private static string KindName(AttributionCandidateKind kind) => kind switch
    {
        AttributionCandidateKind.Ccomp => "cue with a clausal complement",
        AttributionCandidateKind.Xcomp => "cue with an open clausal complement",
        AttributionCandidateKind.Object => "cue with an object",
        AttributionCandidateKind.Oblique => "cue with a prepositional complement",
        AttributionCandidateKind.Advcl => "cue with an adverbial clause",
        AttributionCandidateKind.Parataxis => "cue with a parataxis clause",
        AttributionCandidateKind.ClausalSubject => "cue with a clausal subject",
        AttributionCandidateKind.NounClause => "noun cue with a clause",
        AttributionCandidateKind.HeadClause => "cue after its content",
        AttributionCandidateKind.BeforeComma => "cue after its content and a comma",
        AttributionCandidateKind.Rest => "cue before the rest of the sentence",
        AttributionCandidateKind.Subject => "passive or adjective cue with its subject",
        AttributionCandidateKind.RightSide => "cue with everything it governs after it",
        AttributionCandidateKind.ShortClause => "cue with a clause cut before a loose ending",
        AttributionCandidateKind.TailCut => "cue before the rest of the sentence, cut",
        _ => "cue with another complement",
    };

    private static bool AnyMarked(bool[] marks, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if (marks[t])
            {
                return true;
            }
        }

        return false;
    }

    private void FindDirect(ParsedDocument p, List<QuotationMarks> pairs, List<Quote> quotes, bool[] usedCue, bool[] inDirect,
        List<QuotationMarks> unattributed)
    {
        Quote? previous = null;
        int previousClose = -1;
        bool previousOpenEnded = false;
        int previousSentence = -1;
        foreach (var marks in pairs)
        {
            int openToken = p.Tokens.FirstEndingAfter(marks.Open);
            int closeToken = p.Tokens.FirstEndingAfter(marks.Close - 1);
            if (openToken < 0 || closeToken < 0 || openToken >= p.Count || closeToken >= p.Count)
            {
                continue;
            }

            int firstInner = p.Start(openToken) >= marks.ContentStart ? openToken : openToken + 1;
            int lastInner = p.End(closeToken) <= marks.ContentEnd ? closeToken : closeToken - 1;
            int inner = lastInner - firstInner + 1;
            if (inner <= 0)
            {
                continue;
            }

            // A quotation that ends a clause (",", ".", "?" before the closing mark) or is long is speech; a short
            // one inside a sentence is a term or a fragment ("copycat" claims).
            char beforeClose = LastNonSpace(p.Text, marks.ContentStart, marks.ContentEnd);
            bool speechLike = inner >= 6 || beforeClose is ',' or '.' or '?' or '!';
            var content = new TextSpan(marks.ContentStart, marks.ContentEnd);
            int cue = -1;
            string reason = "";
            if (speechLike)
            {
                cue = CueAfter(p, closeToken, usedCue);
                reason = "quotation marks, cue after";
                if (cue < 0)
                {
                    cue = CueBefore(p, openToken, usedCue);
                    reason = "quotation marks, cue before";
                }
            }

            if (cue < 0 && speechLike && DashSignature(p, closeToken) is var (dash, signer) && dash >= 0)
            {
                // An epigraph or a list of testimonies: “...” ― Pamela Padilla. The dash is the cue, the name the speaker.
                usedCue[dash] = true;
                previous = new Quote(SpeakerFinder.Describe(p, signer).Speaker, CueSpan(p, dash), content, Direct: true, Partial: false,
                    Continuation: false, "quotation marks, signed after a dash");
                quotes.Add(previous);
                Mark(inDirect, openToken, closeToken);
                Mark(inDirect, dash, dash);
            }
            else if (cue < 0 && speechLike && NamedBeforeColon(p, openToken) is var (namedColon, named) && namedColon >= 0)
            {
                // 'Pew Research: "All the samples evaluated include ..."': the name before the colon is the source.
                usedCue[namedColon] = true;
                previous = new Quote(SpeakerFinder.Describe(p, named).Speaker, CueSpan(p, namedColon), content, Direct: true, Partial: false,
                    Continuation: false, "quotation marks, a name and a colon before");
                quotes.Add(previous);
                Mark(inDirect, openToken, closeToken);
                Mark(inDirect, namedColon, namedColon);
            }
            else if (cue < 0 && TurnColon(p, firstInner, lastInner) is var colon && colon > 0)
            {
                // A quoted transcript turn: "WALLACE: Governor, I don't want to interrupt ...".
                var (cf, cl) = p.TrimPunctuation(colon + 1, lastInner);
                var name = new QuoteSpeaker(p.Text[p.Start(firstInner)..p.End(colon - 1)], p.Start(firstInner), p.End(colon - 1), null, null, null);
                int entity = p.EntityIn(firstInner, colon - 1, colon - 1);
                if (entity >= 0 && p.Entities is not null)
                {
                    name = name with { Canonical = p.Entities.Entities[entity].Canonical, EntityId = p.Entities.Entities[entity].EntityId };
                }

                usedCue[colon] = true;
                previous = new Quote(name, CueSpan(p, colon), new TextSpan(p.Start(cf), p.End(cl)), Direct: true, Partial: false, Continuation: false,
                    "quotation marks, a transcript turn");
                quotes.Add(previous);
                Mark(inDirect, openToken, closeToken);
            }
            else if (cue >= 0)
            {
                usedCue[cue] = true;
                var speaker = Speaker(p, cue, openToken, closeToken);
                previous = new Quote(speaker, CueSpan(p, cue), content, Direct: true, Partial: false, Continuation: false, reason);
                if (cue > closeToken && ClauseLead(p, openToken, cue) is var lead && lead >= 0)
                {
                    // 'The new strategy is a "very welcome tack," he said.': the words before the quotation are part of
                    // what he said.
                    previous = previous with
                    {
                        Content = new TextSpan(p.Start(lead), p.End(closeToken)), Direct = false, Partial = true,
                        Reason = "reported speech around a quotation: cue after the clause",
                    };
                    Mark(inDirect, lead, openToken);
                }
                else if (cue < openToken && Embedding(p, cue, openToken, closeToken) is var (ef, el) && ef >= 0)
                {
                    // 'said she wanted to speak "directly to white people"': the quotation is part of reported speech.
                    previous = previous with
                    {
                        Content = new TextSpan(p.Start(ef), p.End(el)), Direct = false, Partial = true,
                        Reason = "reported speech around a quotation: cue verb with a clausal complement",
                    };
                    Mark(inDirect, ef, el);
                }

                quotes.Add(previous);
                Mark(inDirect, openToken, closeToken);
            }
            else if (speechLike && previous is not null && Continues(p, previousClose, previousOpenEnded, previousSentence, marks.Open, openToken))
            {
                previous = previous with { Content = content, Continuation = true, Reason = "quotation marks, continues the previous quotation" };
                quotes.Add(previous);
                Mark(inDirect, openToken, closeToken);
            }
            else
            {
                unattributed.Add(marks);
                if (!speechLike)
                {
                    continue;
                }

                previous = null;
                continue;
            }

            previousClose = marks.Close;
            previousOpenEnded = marks.Close == marks.ContentEnd;
            previousSentence = p.SentenceOf[closeToken];
        }
    }

    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "report", "statement", "study", "survey", "poll", "memo", "letter", "release", "analysis", "ad", "tweet", "post",
    };

    /// <summary>
    /// A name, an organisation or a document noun ending right before a colon that opens the quotation ('Pew Research:
    /// "..."', 'More from the report: "..."'): the colon token and the phrase's head, or (-1, -1).
    /// </summary>
    internal static (int Colon, int Head) NamedBeforeColon(ParsedDocument p, int openToken)
    {
        int colon = openToken - 1;
        if (colon < 1 || !p.Chars(colon).SequenceEqual(":") || p.SentenceOf[colon - 1] != p.SentenceOf[colon])
        {
            return (-1, -1);
        }

        int head = colon - 1;
        while (p.Heads[head] > head && p.Heads[head] < colon && p.Relations[head] is "compound" or "flat" or "amod")
        {
            head = p.Heads[head];
        }

        if (p.Upos[head] is not (UniversalPos.PROPN or UniversalPos.NOUN))
        {
            return (-1, -1);
        }

        int entity = p.Entities?.EntityOfToken(head) ?? -1;
        bool named = entity >= 0 && p.Entities!.Entities[entity].Label is EntityLabel.PER or EntityLabel.ORG;
        return named || DocumentNouns.Contains(p.Lemma[head]) ? (colon, head) : (-1, -1);
    }

    /// <summary>
    /// A quotation signed by a name after a dash at the end of its line (“...” ― Pamela Padilla): the dash token and the
    /// name's head token, or (-1, -1).
    /// </summary>
    internal static (int Dash, int Head) DashSignature(ParsedDocument p, int closeToken)
    {
        int dash = closeToken + 1;
        if (dash + 1 >= p.Count || p.Chars(dash) is not ("\u2015" or "\u2014" or "\u2013" or "--" or "-")
            || HasLineBreak(p.Text, p.End(closeToken), p.Start(dash + 1)))
        {
            return (-1, -1);
        }

        // The name: capitalised words up to the end of the line (a comma may add a place or a title).
        int first = dash + 1, last = first;
        if (!char.IsUpper(p.Chars(first)[0]) || p.Upos[first] is not (UniversalPos.PROPN or UniversalPos.NOUN))
        {
            return (-1, -1);
        }

        while (last + 1 < p.Count && !HasLineBreak(p.Text, p.End(last), p.Start(last + 1)) && last - first < 12)
        {
            last++;
        }

        if (last + 1 < p.Count && !HasLineBreak(p.Text, p.End(last), p.Start(last + 1)))
        {
            return (-1, -1);
        }

        int nameEnd = first;
        while (nameEnd + 1 <= last && p.Upos[nameEnd + 1] is UniversalPos.PROPN)
        {
            nameEnd++;
        }

        for (int t = first; t <= nameEnd; t++)
        {
            if (p.Heads[t] < first || p.Heads[t] > nameEnd)
            {
                return (dash, t);
            }
        }

        return (dash, first);
    }

    // The cue's clause when it holds the quotation and words outside it ("said that X "..." against Y"), else (-1, -1).
    /// <summary>
    /// The first token of the clause a quotation ends when the quotation opens inside it and its cue follows: the
    /// sentence's first word, when no quotation mark, colon, semicolon or cue verb lies between it and the quotation and
    /// the cue's clause takes the quotation's clause as its complement; -1 otherwise.
    /// </summary>
    private int ClauseLead(ParsedDocument p, int openToken, int cue)
    {
        int sentence = p.SentenceOf[openToken];
        int first = p.Sentences.FirstToken(sentence);
        if (p.SentenceOf[cue] != sentence || openToken <= first || p.Upos[openToken - 1] is UniversalPos.PUNCT)
        {
            return -1;
        }

        foreach (int c in p.Children(cue))
        {
            // "..., adding that ...": the cue after the quotation has words of its own.
            if (c > cue && (p.BaseRelation(c).SequenceEqual("ccomp") || p.BaseRelation(c).SequenceEqual("xcomp")))
            {
                return -1;
            }
        }

        int words = 0;
        for (int t = first; t < openToken; t++)
        {
            if (p.IsQuoteMark(t) || p.Chars(t) is ":" or ";" || p.Upos[t] is UniversalPos.VERB && Cues.KindOf(p.Lemma[t]) is not null)
            {
                return -1;
            }

            words += p.Upos[t] is UniversalPos.PUNCT ? 0 : 1;
        }

        return words >= 2 ? first : -1;
    }

    private (int First, int Last) Embedding(ParsedDocument p, int cue, int openToken, int closeToken)
    {
        var (first, last, _) = RuleContent(p, cue);
        if (first < 0 || first > openToken || last < closeToken)
        {
            return (-1, -1);
        }

        bool wordsBefore = false, wordsAfter = false;
        for (int t = first; t < openToken; t++)
        {
            wordsBefore |= p.Upos[t] is not (UniversalPos.PUNCT or UniversalPos.SCONJ) && !p.IsQuoteMark(t);
        }

        for (int t = closeToken + 1; t <= last; t++)
        {
            wordsAfter |= p.Upos[t] is not UniversalPos.PUNCT && !p.IsQuoteMark(t);
        }

        return wordsBefore || wordsAfter ? (first, last) : (-1, -1);
    }

    private static void Mark(bool[] marks, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            marks[t] = true;
        }
    }

    private static char LastNonSpace(string text, int start, int end)
    {
        for (int i = end - 1; i >= start; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return ' ';
    }

    // "X," he said. "Y." — the second quotation opens a sentence in the same paragraph soon after the first.
    private static bool Continues(ParsedDocument p, int previousClose, bool previousOpenEnded, int previousSentence, int open, int openToken)
    {
        if (previousClose < 0 || open - previousClose > 400)
        {
            return false;
        }

        bool runsOn = previousClose < p.Text.Length && previousOpenEnded;
        for (int i = previousClose; i < open; i++)
        {
            if (p.Text[i] == '\n' && !runsOn)
            {
                return false;
            }
        }

        int sentence = p.SentenceOf[openToken];
        if (runsOn)
        {
            return p.Sentences.FirstToken(sentence) == openToken;
        }

        return sentence <= previousSentence + 1 && (p.Sentences.FirstToken(sentence) == openToken || sentence == previousSentence);
    }

    private int CueAfter(ParsedDocument p, int closeToken, bool[] usedCue)
    {
        int sentence = p.SentenceOf[closeToken];
        int end = p.Sentences.EndToken(sentence);

        // A closing mark after "?" or "!" may end its sentence for the splitter: '"... here?" Clinton said.' The cue then
        // opens the next sentence of the same paragraph, within its first few words.
        if (end == closeToken + 1 && end < p.Count && !HasLineBreak(p.Text, p.End(closeToken), p.Start(end))
            && closeToken > 0 && p.Chars(closeToken - 1) is "?" or "!")
        {
            end = Math.Min(p.Sentences.EndToken(p.SentenceOf[end]), closeToken + 5);
        }

        for (int t = closeToken + 1; t < end && t <= closeToken + MaxTokensAfterQuote; t++)
        {
            if (p.IsQuoteMark(t))
            {
                break;
            }

            if (!usedCue[t] && IsCueVerb(p, t))
            {
                return t;
            }
        }

        return -1;
    }

    private int CueBefore(ParsedDocument p, int openToken, bool[] usedCue)
    {
        int sentence = p.SentenceOf[openToken];
        int first = p.Sentences.FirstToken(sentence);
        if (openToken == first)
        {
            return openToken > 0 && !usedCue[openToken - 1] ? ColonLead(p, openToken - 1, usedCue) : -1;
        }

        // Only a quotation introduced by ":" "," or the cue itself: "X said: "..."", "declaring, "..."".
        int before = openToken - 1;
        var chars = p.Chars(before);
        bool introduced = chars is ":" or "," || IsCueVerb(p, before) || p.Lemma[before] == "that";
        if (!introduced)
        {
            return -1;
        }

        for (int t = before; t >= first && t >= openToken - MaxTokensBeforeQuote; t--)
        {
            if (p.IsQuoteMark(t))
            {
                break;
            }

            if (!usedCue[t] && IsCueVerb(p, t))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// The cue of a sentence that introduces what follows with a colon at its end ("Caddell continued:", "He added:"): a
    /// speech verb among the four words before the colon, or a verb with a subject just before it; -1 when none.
    /// </summary>
    internal int ColonLead(ParsedDocument p, int colon, bool[] usedCue)
    {
        if (colon < 1 || !p.Chars(colon).SequenceEqual(":") || p.SentenceOf[colon] != p.SentenceOf[colon - 1])
        {
            return -1;
        }

        int first = p.Sentences.FirstToken(p.SentenceOf[colon]);
        for (int t = colon - 1; t >= first && t >= colon - 4; t--)
        {
            if (p.IsQuoteMark(t) || usedCue[t])
            {
                break;
            }

            if (IsCueVerb(p, t) || t == colon - 1 && p.Upos[t] == UniversalPos.VERB && p.Child(t, "nsubj") >= 0)
            {
                return t;
            }
        }

        return -1;
    }

    private bool IsCueVerb(ParsedDocument p, int t) =>
        p.Upos[t] is UniversalPos.VERB && Cues.KindOf(p.Lemma[t]) is CueKind.Speech;

    internal static QuoteSpeaker? Speaker(ParsedDocument p, int cue, int contentFirst, int contentLast)
    {
        int head = SpeakerFinder.SpeakerHead(p, cue, contentFirst, contentLast);
        return head < 0 ? null : SpeakerFinder.Describe(p, head).Speaker;
    }

    // The cue verb with its auxiliaries ("has said") and, for "told", the addressee ("told Reuters").
    private static TextSpan CueSpan(ParsedDocument p, int cue)
    {
        int first = cue, last = cue;
        foreach (int c in p.Children(cue))
        {
            if (c == first - 1 && p.Relations[c] == "aux")
            {
                first = c;
            }
            else if (c == last + 1 && (p.Relations[c] is "obj" or "iobj" or "compound:prt") && p.Upos[c] is UniversalPos.PROPN or UniversalPos.ADP or UniversalPos.PRON)
            {
                last = c;
            }
        }

        return new TextSpan(p.Start(first), p.End(last));
    }

    private void FindReported(ParsedDocument p, List<Quote> quotes, bool[] usedCue, bool[] inDirect, List<QuotationMarks> unattributed)
    {
        for (int t = 0; t < p.Count; t++)
        {
            if (usedCue[t] || inDirect[t])
            {
                continue;
            }

            var (first, last, reason) = RuleContent(p, t);
            if (first < 0 || AllInside(inDirect, first, last))
            {
                continue;
            }

            usedCue[t] = true;
            var content = new TextSpan(p.Start(first), p.End(last));
            bool partial = ContainsQuotation(unattributed, content);
            var speaker = ReportedSpeaker(p, t, first, last);
            quotes.Add(new Quote(speaker, CueSpan(p, t), content, Direct: false, partial, Continuation: false, reason));
        }
    }

    /// <summary>The content the rules give cue token <paramref name="t"/> (trimmed), or (-1, -1) when it is no cue for them.</summary>
    internal (int First, int Last, string Reason) RuleContent(ParsedDocument p, int t)
    {
        if (p.Upos[t] is not (UniversalPos.VERB or UniversalPos.AUX))
        {
            return (-1, -1, "");
        }

        var kind = Cues.KindOf(p.Lemma[t]);
        if (kind is null or CueKind.Phrase)
        {
            return (-1, -1, "");
        }

        int first = -1, last = -1;
        string reason = "";
        int complement = p.Child(t, "ccomp");
        if (complement < 0)
        {
            complement = p.Child(t, "xcomp");
        }

        if (complement >= 0)
        {
            (first, last) = p.Subtree(complement);
            reason = "reported speech: cue verb with a clausal complement";
        }
        else if ((p.Relations[t] == "parataxis" || p.Relations[t] == "conj" && t > 0 && p.Chars(t - 1).SequenceEqual(",")) && p.Heads[t] >= 0 && p.Heads[t] < t)
        {
            // "..., said Thomas Joscelyn": everything before the comma in the sentence is the content.
            (first, last) = p.Chars(t - 1).SequenceEqual(",")
                ? (p.Sentences.FirstToken(p.SentenceOf[t]), t - 2)
                : p.SubtreeWithout(p.Heads[t], t);
            reason = "reported speech: cue verb in parataxis after the content";
        }
        else if (ClauseAfter(p, t) is var clause && clause >= 0)
        {
            (first, last) = p.Subtree(clause);
            reason = "reported speech: cue verb with a clause after it";
        }
        else if (kind == CueKind.Attitude || !IsAddresseeVerb(p.Lemma[t]))
        {
            int obj = p.Child(t, "obj");
            if (obj >= 0 && p.Upos[obj] != UniversalPos.PRON && obj > t)
            {
                (first, last) = p.Subtree(obj);
                reason = "attitude: cue verb with an object";
            }
        }

        if (first < 0)
        {
            return (-1, -1, "");
        }

        (first, last) = p.TrimPunctuation(first, last);
        return first > last ? (-1, -1, "") : (first, last, reason);
    }

    // The cue's subject (or the noun above it); a possessor for a noun cue ("his support for"); the nearest name
    // before the cue when the parser took a word of the content for the subject.
    internal static QuoteSpeaker? ReportedSpeaker(ParsedDocument p, int t, int first, int last)
    {
        int speakerHead = -1;
        if (p.Upos[t] == UniversalPos.NOUN)
        {
            foreach (int c in p.Children(t))
            {
                if (p.Relations[c] == "nmod:poss")
                {
                    speakerHead = c;
                    break;
                }
            }
        }

        if (speakerHead < 0)
        {
            speakerHead = SpeakerFinder.SpeakerHead(p, t, first, last);
        }

        if (speakerHead < 0 && SpeakerFinder.SpeakerHead(p, t) is var loose && loose >= first && loose <= last)
        {
            speakerHead = NameBefore(p, t, first);
        }

        return speakerHead < 0 ? null : SpeakerFinder.Describe(p, speakerHead).Speaker;
    }

    private static int NameBefore(ParsedDocument p, int cue, int contentFirst)
    {
        // A person first ("General David Rodriguez, head of the U.S. Africa Command, said"), else an organisation.
        int first = p.Sentences.FirstToken(p.SentenceOf[cue]);
        foreach (var wanted in (ReadOnlySpan<Wirewatch.Entities.EntityLabel>)[Wirewatch.Entities.EntityLabel.PER, Wirewatch.Entities.EntityLabel.ORG])
        {
            for (int t = Math.Min(cue, contentFirst) - 1; t >= first; t--)
            {
                int e = p.Entities?.EntityOfToken(t) ?? -1;
                if (e >= 0 && p.Entities!.Entities[e].Label == wanted)
                {
                    return t;
                }
            }
        }

        return -1;
    }

    // Verbs whose object is the addressee, not the content: "told Reuters", "asked him".
    private static bool IsAddresseeVerb(string lemma) => lemma is "tell" or "ask" or "inform" or "remind" or "convince" or "persuade" or "assure" or "answer" or "email";

    // A clause the parser attached to the cue under another label (obj, advcl, dep): a child after the cue with its own subject.
    private static int ClauseAfter(ParsedDocument p, int cue)
    {
        foreach (int c in p.Children(cue))
        {
            int subject = p.Child(c, "nsubj");
            if (c > cue && p.Relations[c] is "obj" or "advcl" or "dep" or "parataxis" && p.Upos[c] is UniversalPos.VERB or UniversalPos.ADJ or UniversalPos.AUX
                && subject >= 0 && p.Lemma[subject] is not ("who" or "which" or "that"))
            {
                return c;
            }
        }

        return -1;
    }

    private static bool AllInside(bool[] marks, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if (!marks[t])
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsQuotation(List<QuotationMarks> pairs, TextSpan content)
    {
        foreach (var m in pairs)
        {
            if (m.Open >= content.Start && m.Close <= content.End)
            {
                return true;
            }
        }

        return false;
    }

    // "According to X, ..." / "..., according to X."
    private void FindAccordingTo(ParsedDocument p, List<Quote> quotes, bool[] inDirect, List<QuotationMarks> unattributed)
    {
        foreach (var phrase in Cues.Phrases)
        {
            for (int t = 0; t + phrase.Length <= p.Count; t++)
            {
                if (inDirect[t] || !Matches(p, t, phrase))
                {
                    continue;
                }

                int lastCue = t + phrase.Length - 1;
                int sentence = p.SentenceOf[t];
                int sFirst = p.Sentences.FirstToken(sentence), sEnd = p.Sentences.EndToken(sentence);
                if (lastCue + 1 >= sEnd)
                {
                    continue;
                }

                // The source: the noun phrase after the cue, up to a comma or the end of the sentence.
                int sourceHead = lastCue + 1;
                int sourceEnd = sourceHead;
                while (sourceEnd + 1 < sEnd && !p.Chars(sourceEnd + 1).SequenceEqual(",") && p.Upos[sourceEnd + 1] != UniversalPos.PUNCT)
                {
                    sourceEnd++;
                }

                int first, last;
                if (t == sFirst || t > sFirst && p.Chars(t - 1).SequenceEqual(",") && t - 1 == sFirst)
                {
                    first = sourceEnd + 1;
                    last = sEnd - 1;
                }
                else
                {
                    first = sFirst;
                    last = t - 1;
                    if (sourceEnd + 2 < sEnd)
                    {
                        // "X, according to Y, said ..." in the middle: the content runs to the end of the sentence.
                        last = sEnd - 1;
                    }
                }

                (first, last) = p.TrimPunctuation(first, last);
                if (first > last)
                {
                    continue;
                }

                int head = sourceHead;
                for (int u = sourceHead; u <= sourceEnd; u++)
                {
                    if (p.Heads[u] < sourceHead || p.Heads[u] > sourceEnd)
                    {
                        head = u;
                        break;
                    }
                }

                var speaker = SpeakerFinder.Describe(p, head).Speaker;
                var content = new TextSpan(p.Start(first), p.End(last));
                bool partial = ContainsQuotation(unattributed, content);
                quotes.Add(new Quote(speaker, new TextSpan(p.Start(t), p.End(lastCue)), content, Direct: false, partial, Continuation: false,
                    "reported speech: " + string.Join(' ', phrase)));
            }
        }
    }

    // The colon of a quoted transcript turn ("PENCE: Well, look ..."): one to three capitalised words, a colon and words; else -1.
    private static int TurnColon(ParsedDocument p, int first, int last)
    {
        for (int t = first; t <= last && t <= first + 3; t++)
        {
            if (p.Chars(t).SequenceEqual(":"))
            {
                return t > first && t + 3 <= last ? t : -1;
            }

            if (!IsCapitalised(p.Chars(t)))
            {
                return -1;
            }
        }

        return -1;
    }

    // Headline style "Cruz: Trump Would Put Liberals On Court": a sentence that opens with a name and a colon.
    private static void FindHeadlineColons(ParsedDocument p, List<Quote> quotes, bool[] inDirect)
    {
        for (int s = 0; s < p.Sentences.Count; s++)
        {
            int first = p.Sentences.FirstToken(s), end = p.Sentences.EndToken(s);
            int colon = -1;
            for (int t = first; t < end && t <= first + 4; t++)
            {
                if (p.Chars(t).SequenceEqual(":"))
                {
                    colon = t;
                    break;
                }

                if (p.Upos[t] != UniversalPos.PROPN && !IsCapitalised(p.Chars(t)))
                {
                    break;
                }
            }

            if (colon <= first || colon + 3 >= end || inDirect[colon])
            {
                continue;
            }

            // A transcript turn ("PENCE: Well, look, ...") runs to the end of its paragraph.
            int last = end - 1;
            if (p.Start(first) == 0 || p.Text[p.Start(first) - 1] == '\n')
            {
                while (last + 1 < p.Count && !HasLineBreak(p.Text, p.End(last), p.Start(last + 1)))
                {
                    last++;
                }
            }

            var (cf, cl) = p.TrimPunctuation(colon + 1, last);
            int head = colon - 1;
            var speaker = new QuoteSpeaker(p.Text[p.Start(first)..p.End(head)], p.Start(first), p.End(head), null, null, null);
            int entity = p.EntityIn(first, head, head);
            if (entity >= 0 && p.Entities is not null)
            {
                speaker = speaker with { Canonical = p.Entities.Entities[entity].Canonical, EntityId = p.Entities.Entities[entity].EntityId };
            }

            quotes.Add(new Quote(speaker, new TextSpan(p.Start(colon), p.End(colon)), new TextSpan(p.Start(cf), p.End(cl)), Direct: false,
                Partial: false, Continuation: false, "headline: name and colon"));
        }
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c) && c is not ('.' or '-' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLineBreak(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(ParsedDocument p, int t, string[] phrase)
    {
        for (int i = 0; i < phrase.Length; i++)
        {
            if (!p.Chars(t + i).Equals(phrase[i], StringComparison.OrdinalIgnoreCase) && p.Lemma[t + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }
}

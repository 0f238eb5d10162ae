using Wirewatch.Core.Documents;
using Wirewatch.Models.Hashing;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The hashed features of one (cue token, content candidate) pair for <see cref="AttributionModel"/>: the cue's lemma,
/// form, tag, relation and cue-list kind, the candidate's kind, anchor, length and quotation marks, the cue's subject,
/// the neighbouring words and whether the rules of <see cref="QuoteExtractor"/> would pick the same span. Most are
/// conjoined with the candidate kind. Template ids are part of the model format: never renumber them.
/// </summary>
internal static class AttributionFeatures
{
    /// <summary>Room for the features of one candidate.</summary>
    public const int MaxFeatures = 54;

    /// <summary>How many features <see cref="Stacked"/> writes.</summary>
    public const int StackedCount = 6;

    private static readonly ulong[] Templates = FeatureHash.Templates(7000, 60);

    /// <summary>Writes the features of candidate <paramref name="c"/> into <paramref name="f"/>; returns how many.</summary>
    /// <param name="p">The parsed document.</param>
    /// <param name="c">The candidate.</param>
    /// <param name="lexicon">The cue list's kind for the cue's lemma.</param>
    /// <param name="rule">The rules' content for the cue, or (-1, -1).</param>
    /// <param name="tokens">The document's per-token cue kinds.</param>
    /// <param name="f">Room for <see cref="MaxFeatures"/> features.</param>
    public static int Extract(ParsedDocument p, in AttributionCandidate c, CueKind? lexicon, (int First, int Last) rule, AttributionTokens tokens, Span<ulong> f)
    {
        int n = 0;
        int t = c.Cue;
        var cueKinds = tokens.CueKinds;
        ulong kind = FeatureHash.Int((int)c.Kind);
        ulong lemma = FeatureHash.Chars(p.Lemma[t]);
        ulong word = FeatureHash.LowerChars(p.Chars(t));
        ulong upos = FeatureHash.Int((int)p.Upos[t]);
        ulong rel = FeatureHash.Chars(p.Relations[t]);
        ulong cueKind = FeatureHash.Int(lexicon is null ? -1 : (int)lexicon.Value);
        int agree = rule.First < 0 ? 0 : rule.First == c.First && rule.Last == c.Last ? 2 : Overlaps(rule, c) ? 3 : 1;
        ulong agreeHash = FeatureHash.Int(agree);
        int length = c.Last - c.First + 1;
        ulong lengthBucket = FeatureHash.Int(Bucket(length));
        ulong anchorPos = c.Anchor >= 0 ? FeatureHash.Int((int)p.Upos[c.Anchor]) : FeatureHash.Int(-1);
        ulong anchorLemma = c.Anchor >= 0 ? FeatureHash.Chars(p.Lemma[c.Anchor]) : FeatureHash.Int(-1);
        ulong mark = FeatureHash.Int(-1);
        if (c.Anchor >= 0)
        {
            foreach (int m in p.Children(c.Anchor))
            {
                if (p.Relations[m] == "mark" && m < c.Anchor)
                {
                    mark = FeatureHash.Chars(p.Lemma[m]);
                    break;
                }
            }
        }

        int subject = p.Child(t, "nsubj");
        ulong subjectPos = subject >= 0 ? FeatureHash.Int((int)p.Upos[subject]) : FeatureHash.Int(-1);
        int subjectEntity = subject >= 0 && p.Entities is not null ? p.Entities.EntityOfToken(subject) : -1;
        ulong subjectLabel = subjectEntity >= 0 ? FeatureHash.Int((int)p.Entities!.Entities[subjectEntity].Label) : FeatureHash.Int(-1);
        int poss = -1;
        bool passive = false;
        foreach (int ch in p.Children(t))
        {
            if (p.Relations[ch] == "nmod:poss")
            {
                poss = ch;
            }
            else if (p.Relations[ch] is "aux:pass" or "nsubj:pass")
            {
                passive = true;
            }
        }

        bool startsQuote = p.IsQuoteMark(c.First);
        bool hasQuote = tokens.QuoteMarks(c.First, c.Last) > 0;

        int sEnd = p.Sentences.EndToken(p.SentenceOf[t]);
        bool endsSentence = c.Last >= sEnd - 2;
        ulong prev = t > 0 ? FeatureHash.LowerChars(p.Chars(t - 1)) : 0;
        ulong next = t + 1 < p.Count ? FeatureHash.LowerChars(p.Chars(t + 1)) : 0;
        int head = p.Heads[t];
        ulong headLemma = head >= 0 ? FeatureHash.Chars(p.Lemma[head]) : FeatureHash.Int(-1);

        int sFirst = p.Sentences.FirstToken(p.SentenceOf[t]);
        int lead = sFirst;
        while (lead < c.First && (p.Upos[lead] is UniversalPos.PUNCT or UniversalPos.CCONJ))
        {
            lead++;
        }

        bool startsSentence = c.First <= lead;
        bool commaAfter = c.Last + 1 < p.Count && c.Last < t && p.Chars(c.Last + 1).SequenceEqual(",");
        int gap = c.First > t ? c.First - t - 1 : t - c.Last - 1;
        ulong gapBucket = FeatureHash.Int(Bucket(gap + 1));

        f[n++] = FeatureHash.Combine(Templates[30], kind, FeatureHash.Int((startsSentence ? 1 : 0) + (commaAfter ? 2 : 0)));
        f[n++] = FeatureHash.Combine(Templates[31], kind, gapBucket);
        f[n++] = FeatureHash.Combine(Templates[32], kind, lemma, FeatureHash.Int(startsSentence ? 1 : 0));
        f[n++] = FeatureHash.Combine(Templates[0], kind);
        f[n++] = FeatureHash.Combine(Templates[1], kind, lemma);
        f[n++] = FeatureHash.Combine(Templates[2], lemma);
        f[n++] = FeatureHash.Combine(Templates[3], kind, upos);
        f[n++] = FeatureHash.Combine(Templates[4], kind, word);
        f[n++] = FeatureHash.Combine(Templates[5], kind, rel);
        f[n++] = FeatureHash.Combine(Templates[6], kind, cueKind);
        f[n++] = FeatureHash.Combine(Templates[7], kind, anchorPos);
        f[n++] = FeatureHash.Combine(Templates[8], kind, mark);
        f[n++] = FeatureHash.Combine(Templates[9], kind, lengthBucket);
        f[n++] = FeatureHash.Combine(Templates[10], kind, FeatureHash.Int((startsQuote ? 1 : 0) + (hasQuote ? 2 : 0)));
        f[n++] = FeatureHash.Combine(Templates[11], kind, subjectPos);
        f[n++] = FeatureHash.Combine(Templates[12], kind, prev);
        f[n++] = FeatureHash.Combine(Templates[13], kind, next);
        f[n++] = FeatureHash.Combine(Templates[14], kind, agreeHash);
        f[n++] = FeatureHash.Combine(Templates[15], lemma, agreeHash);
        f[n++] = FeatureHash.Combine(Templates[16], kind, anchorLemma);
        f[n++] = FeatureHash.Combine(Templates[17], lemma, upos);
        f[n++] = FeatureHash.Combine(Templates[18], kind, headLemma, rel);
        f[n++] = FeatureHash.Combine(Templates[19], kind, subjectLabel);
        f[n++] = FeatureHash.Combine(Templates[20], kind, upos, cueKind);
        f[n++] = FeatureHash.Combine(Templates[21], kind, FeatureHash.Int(endsSentence ? 1 : 0));
        f[n++] = FeatureHash.Combine(Templates[22], kind, FeatureHash.Int((passive ? 1 : 0) + (poss >= 0 ? 2 : 0)));
        f[n++] = FeatureHash.Combine(Templates[23], kind, lemma, mark);
        f[n++] = FeatureHash.Combine(Templates[24], kind, lemma, anchorPos);
        f[n++] = FeatureHash.Combine(Templates[25], kind, cueKind, agreeHash);
        f[n++] = FeatureHash.Combine(Templates[26], kind, lemma, subjectPos);
        f[n++] = FeatureHash.Combine(Templates[27], kind, FeatureHash.Int(c.First > t ? 1 : 0), rel);
        f[n++] = FeatureHash.Combine(Templates[28], kind, lemma, next);
        f[n++] = FeatureHash.Combine(Templates[29], kind, upos, lengthBucket);

        // Where the candidate stops: the word after it and its last word's tag (", despite ...", "; the ...", "and warned ...").
        ulong after = c.Last + 1 < p.Count && p.SentenceOf[c.Last + 1] == p.SentenceOf[c.Last] ? FeatureHash.LowerChars(p.Chars(c.Last + 1)) : FeatureHash.Int(-1);
        ulong lastPos = FeatureHash.Int((int)p.Upos[c.Last]);
        f[n++] = FeatureHash.Combine(Templates[33], kind, after);
        f[n++] = FeatureHash.Combine(Templates[34], kind, lastPos, after);
        f[n++] = FeatureHash.Combine(Templates[35], lemma, after);

        // Where it starts ("that ...", "to ...", "for ...") and how long it is for this cue word.
        ulong firstWord = FeatureHash.LowerChars(p.Chars(c.First));
        f[n++] = FeatureHash.Combine(Templates[36], kind, firstWord);
        f[n++] = FeatureHash.Combine(Templates[37], lemma, firstWord);
        f[n++] = FeatureHash.Combine(Templates[38], lemma, kind, lengthBucket);

        // What the candidate holds: another listed cue verb (with its own subject it is an attribution of its own, so
        // the candidate likely spans two contents), commas, a relative clause after a comma.
        // (The cue itself never lies inside its candidate.)
        int inner = tokens.CueVerbsWithSubject(c.First, c.Last) > 0 ? 2 : tokens.CueVerbs(c.First, c.Last) > 0 ? 1 : 0;
        int commas = tokens.Commas(c.First, c.Last);
        bool relative = false;
        if (tokens.Relatives(c.First, c.Last) > 0)
        {
            // Rare: then find whether one starts inside the candidate, after its first word.
            for (int u = c.First; u <= c.Last && !relative; u++)
            {
                relative = tokens.Relatives(u, u) > 0 && p.Subtree(u).First > c.First;
            }
        }

        ulong innerHash = FeatureHash.Int(inner);
        ulong commaHash = FeatureHash.Int(Math.Min(commas, 3) + (relative ? 4 : 0));
        f[n++] = FeatureHash.Combine(Templates[39], kind, innerHash);
        f[n++] = FeatureHash.Combine(Templates[40], kind, commaHash);
        f[n++] = FeatureHash.Combine(Templates[41], lemma, innerHash);
        f[n++] = FeatureHash.Combine(Templates[42], kind, innerHash, lengthBucket);
        f[n++] = FeatureHash.Combine(Templates[43], kind, commaHash, FeatureHash.Int(endsSentence ? 1 : 0));

        // The word before the candidate ("that", a comma, the cue itself) and the cue's subject as a named entity.
        ulong before = c.First > 0 ? FeatureHash.LowerChars(p.Chars(c.First - 1)) : FeatureHash.Int(-1);
        f[n++] = FeatureHash.Combine(Templates[44], kind, before);
        f[n++] = FeatureHash.Combine(Templates[45], lemma, subjectLabel);
        f[n++] = FeatureHash.Combine(Templates[46], lemma, subjectPos, FeatureHash.Int(passive ? 1 : 0));

        // The cue's sentence: other listed cue verbs in it, quotation marks in it, a headline (no final stop).
        int others = tokens.CueVerbs(sFirst, sEnd - 1) - (cueKinds[t] >= 0 && p.Upos[t] == UniversalPos.VERB ? 1 : 0);
        bool quoteInSentence = tokens.QuoteMarks(sFirst, sEnd - 1) > 0;
        bool headline = sEnd > sFirst && p.Upos[sEnd - 1] != UniversalPos.PUNCT;
        ulong sentenceShape = FeatureHash.Int(Math.Min(others, 2) + (quoteInSentence ? 3 : 0) + (headline ? 6 : 0));
        f[n++] = FeatureHash.Combine(Templates[47], kind, sentenceShape);
        f[n++] = FeatureHash.Combine(Templates[48], lemma, sentenceShape);
        f[n++] = FeatureHash.Combine(Templates[49], kind, rel, c.Anchor >= 0 ? FeatureHash.Chars(p.Relations[c.Anchor]) : FeatureHash.Int(-1));

        // Where it stops, in words: its last word ("... on Friday") and the two words after it (", after the ...").
        ulong lastWord = FeatureHash.LowerChars(p.Chars(c.Last));
        ulong after2 = c.Last + 2 < p.Count && p.SentenceOf[c.Last + 2] == p.SentenceOf[c.Last] ? FeatureHash.LowerChars(p.Chars(c.Last + 2)) : FeatureHash.Int(-1);
        f[n++] = FeatureHash.Combine(Templates[50], kind, lastWord);
        f[n++] = FeatureHash.Combine(Templates[51], kind, after, after2);
        return n;
    }

    /// <summary>
    /// Writes the <see cref="StackedCount"/> features that the token-level scorers (<see cref="AttributionBoundaries"/>)
    /// give candidate <paramref name="c"/>: the scores of a content ending at its last token, starting at its first and
    /// of its cue token being a cue (log buckets), and whether its edges score best among its cue's candidates
    /// (<paramref name="bestEnd"/>, <paramref name="bestStart"/>).
    /// </summary>
    public static void Stacked(in AttributionCandidate c, float cue, float end, float start, float bestEnd, float bestStart, Span<ulong> f)
    {
        ulong kind = FeatureHash.Int((int)c.Kind);
        ulong e = FeatureHash.Int(ScoreBucket(end)), s = FeatureHash.Int(ScoreBucket(start)), q = FeatureHash.Int(ScoreBucket(cue));
        ulong best = FeatureHash.Int((end >= bestEnd ? 1 : 0) + (start >= bestStart ? 2 : 0));
        f[0] = FeatureHash.Combine(Templates[52], kind, e);
        f[1] = FeatureHash.Combine(Templates[53], kind, s);
        f[2] = FeatureHash.Combine(Templates[54], kind, best);
        f[3] = FeatureHash.Combine(Templates[55], e, s);
        f[4] = FeatureHash.Combine(Templates[56], kind, q);
        f[5] = FeatureHash.Combine(Templates[57], q, best);
    }

    // Signed log-scale buckets: the perceptron's scale depends on how much it was updated.
    private static int ScoreBucket(float score)
    {
        int b = (int)Math.Min(5, Math.Floor(Math.Log2(1 + Math.Abs(score))));
        return score < 0 ? -b - 1 : b;
    }

    private static bool Overlaps((int First, int Last) rule, in AttributionCandidate c) => rule.First <= c.Last && c.First <= rule.Last;

    private static int Bucket(int length) => length switch
    {
        1 => 0,
        2 => 1,
        <= 4 => 2,
        <= 8 => 3,
        <= 16 => 4,
        <= 32 => 5,
        _ => 6,
    };
}

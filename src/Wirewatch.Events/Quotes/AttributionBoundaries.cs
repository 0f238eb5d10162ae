using Wirewatch.Core.Documents;
using Wirewatch.Models.Hashing;
using Wirewatch.Models.Learning;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// The token-level view of attributions, whatever the candidate: the hashed features of "a content ends at this token"
/// and "a content starts at this token" (the words and tags around it, the largest constituent that starts or ends
/// there and its relation, quotation marks, listed cue verbs before and after it in the sentence) and of "this token is
/// a cue" (its lemma with its tag, relation, complements, subject, object, preposition and head). Three binary
/// perceptrons of <see cref="AttributionModel"/> score them; their scores become features of the candidate chooser
/// (<see cref="AttributionFeatures.Stacked"/>). One per document; scores are computed on demand and kept. Template ids
/// are part of the model format: never renumber them.
/// </summary>
internal sealed class AttributionBoundaries
{
    /// <summary>Room for the features of one token.</summary>
    public const int MaxFeatures = 18;

    private static readonly ulong[] T = FeatureHash.Templates(7060, 36);
    private static readonly ulong[] C = FeatureHash.Templates(7300, 16);
    private static readonly ulong SentenceEdge = FeatureHash.Int(-7);

    private readonly ParsedDocument _p;
    private readonly AttributionTokens _tokens;
    private readonly int[] _first;
    private readonly int[] _last;
    private float[] _end = [];
    private float[] _start = [];
    private LinearModel? _endModel;
    private LinearModel? _startModel;
    private LinearModel? _cueModel;
    private float[] _cue = [];

    public AttributionBoundaries(ParsedDocument p, AttributionTokens tokens)
    {
        _p = p;
        _tokens = tokens;
        _first = new int[p.Count];
        _last = new int[p.Count];
        for (int t = 0; t < p.Count; t++)
        {
            _first[t] = t;
            _last[t] = t;
        }

        // Each token widens the span of every head above it (depth-capped against a cyclic parse).
        for (int t = 0; t < p.Count; t++)
        {
            int h = p.Heads[t];
            for (int depth = 0; h >= 0 && depth < 200; depth++, h = p.Heads[h])
            {
                if (t < _first[h])
                {
                    _first[h] = t;
                }
                else if (t > _last[h])
                {
                    _last[h] = t;
                }
            }
        }
    }

    /// <summary>Scores later calls of <see cref="End"/> and <see cref="Start"/> with these weights (forgets earlier scores).</summary>
    public void Use(LinearModel end, LinearModel start, LinearModel cue)
    {
        _endModel = end;
        _startModel = start;
        _cueModel = cue;
        _end = new float[_p.Count];
        _start = new float[_p.Count];
        _cue = new float[_p.Count];
        Array.Fill(_end, float.NaN);
        Array.Fill(_start, float.NaN);
        Array.Fill(_cue, float.NaN);
    }

    /// <summary>The score of "token <paramref name="t"/> is a cue" (computed once).</summary>
    public float Cue(int t) => Cached(_cue, _cueModel, Scorer.Cue, t);

    /// <summary>The score of "a content ends at token <paramref name="u"/>" (computed once).</summary>
    public float End(int u) => Cached(_end, _endModel, Scorer.End, u);

    /// <summary>The score of "a content starts at token <paramref name="u"/>" (computed once).</summary>
    public float Start(int u) => Cached(_start, _startModel, Scorer.Start, u);

    private float Cached(float[] scores, LinearModel? model, Scorer scorer, int t)
    {
        if (float.IsNaN(scores[t]))
        {
            Span<ulong> f = stackalloc ulong[MaxFeatures];
            Span<float> s = stackalloc float[1];
            int n = scorer switch
            {
                Scorer.Cue => CueFeatures(t, f),
                Scorer.End => EndFeatures(t, f),
                _ => StartFeatures(t, f),
            };
            model!.Score(f[..n], s);
            scores[t] = s[0];
        }

        return scores[t];
    }

    private enum Scorer
    {
        Cue,
        End,
        Start,
    }

    /// <summary>The features of "a content ends at token <paramref name="u"/>" (its last token); returns how many.</summary>
    public int EndFeatures(int u, Span<ulong> f)
    {
        var p = _p;
        int sentence = p.SentenceOf[u];
        int sFirst = p.Sentences.FirstToken(sentence), sEnd = p.Sentences.EndToken(sentence);
        int n1 = u + 1 < sEnd ? u + 1 : -1;
        int n2 = u + 2 < sEnd ? u + 2 : -1;
        int nn = u + 1;
        while (nn < sEnd && p.Upos[nn] == UniversalPos.PUNCT && !p.IsQuoteMark(nn))
        {
            nn++;
        }

        if (nn >= sEnd)
        {
            nn = -1;
        }

        ulong w = Word(u), w1 = Word(n1), w2 = Word(n2), wp = Word(u > sFirst ? u - 1 : -1);
        ulong pos = Pos(u), pos1 = Pos(n1);
        ulong start1 = StartingRelation(n1), startNext = StartingRelation(nn), wNext = Word(nn);
        ulong ending = EndingRelation(u);
        ulong quote = FeatureHash.Int(QuoteState(u, sFirst) + (n1 >= 0 && p.IsQuoteMark(n1) ? 4 : 0));
        int remaining = 0;
        for (int v = u + 1; v < sEnd && remaining < 5; v++)
        {
            remaining += p.Upos[v] == UniversalPos.PUNCT ? 0 : 1;
        }

        int after = Math.Min(2, _tokens.CueVerbs(u + 1, sEnd - 1));
        int before = Math.Min(1, _tokens.CueVerbs(sFirst, u));
        ulong attach = n1 < 0 ? SentenceEdge : FeatureHash.Int(p.Heads[n1] < 0 ? 0 : p.Heads[n1] <= u ? 1 : 2);
        int n = 0;
        f[n++] = T[0];
        f[n++] = FeatureHash.Combine(T[1], w);
        f[n++] = FeatureHash.Combine(T[2], w1);
        f[n++] = FeatureHash.Combine(T[3], w1, w2);
        f[n++] = FeatureHash.Combine(T[4], pos, pos1);
        f[n++] = FeatureHash.Combine(T[5], start1);
        f[n++] = FeatureHash.Combine(T[6], start1, w1);
        f[n++] = FeatureHash.Combine(T[7], ending);
        f[n++] = FeatureHash.Combine(T[8], startNext, FeatureHash.Int(nn == n1 ? 0 : 1));
        f[n++] = FeatureHash.Combine(T[9], quote);
        f[n++] = FeatureHash.Combine(T[10], FeatureHash.Int(remaining));
        f[n++] = FeatureHash.Combine(T[11], pos, w1);
        f[n++] = FeatureHash.Combine(T[12], wp, w);
        f[n++] = FeatureHash.Combine(T[13], FeatureHash.Int(after), startNext);
        f[n++] = FeatureHash.Combine(T[14], FeatureHash.Int(before), FeatureHash.Int(after));
        f[n++] = FeatureHash.Combine(T[15], attach, n1 < 0 ? SentenceEdge : FeatureHash.Chars(p.Relations[n1]));
        f[n++] = FeatureHash.Combine(T[16], wNext, startNext);
        f[n++] = FeatureHash.Combine(T[17], ending, start1);
        return n;
    }

    /// <summary>The features of "a content starts at token <paramref name="u"/>" (its first token); returns how many.</summary>
    public int StartFeatures(int u, Span<ulong> f)
    {
        var p = _p;
        int sentence = p.SentenceOf[u];
        int sFirst = p.Sentences.FirstToken(sentence), sEnd = p.Sentences.EndToken(sentence);
        int b1 = u - 1 >= sFirst ? u - 1 : -1;
        int b2 = u - 2 >= sFirst ? u - 2 : -1;
        int pp = u - 1;
        while (pp >= sFirst && p.Upos[pp] == UniversalPos.PUNCT && !p.IsQuoteMark(pp))
        {
            pp--;
        }

        if (pp < sFirst)
        {
            pp = -1;
        }

        ulong w = Word(u), wb = Word(b1), wb2 = Word(b2), wn = Word(u + 1 < sEnd ? u + 1 : -1), wpp = Word(pp);
        ulong starting = StartingRelation(u);
        ulong endingBefore = EndingRelation(b1);
        ulong quote = FeatureHash.Int(QuoteState(u, sFirst) + (p.IsQuoteMark(u) ? 4 : 0) + (b1 >= 0 && p.IsQuoteMark(b1) ? 8 : 0));
        int lead = sFirst;
        while (lead < u && p.Upos[lead] is UniversalPos.PUNCT or UniversalPos.CCONJ)
        {
            lead++;
        }

        int before = Math.Min(2, u > sFirst ? _tokens.CueVerbs(sFirst, u - 1) : 0);
        int after = Math.Min(1, _tokens.CueVerbs(u, sEnd - 1));
        ulong cueBefore = pp >= 0 ? FeatureHash.Int(_tokens.CueKinds[pp] * 16 + (int)p.Upos[pp]) : SentenceEdge;
        int top = Top(u);
        int head = top >= 0 ? p.Heads[top] : -1;
        int n = 0;
        f[n++] = T[20];
        f[n++] = FeatureHash.Combine(T[21], w);
        f[n++] = FeatureHash.Combine(T[22], wb);
        f[n++] = FeatureHash.Combine(T[23], wb2, wb);
        f[n++] = FeatureHash.Combine(T[24], Pos(b1), Pos(u));
        f[n++] = FeatureHash.Combine(T[25], starting);
        f[n++] = FeatureHash.Combine(T[26], starting, w);
        f[n++] = FeatureHash.Combine(T[27], cueBefore);
        f[n++] = FeatureHash.Combine(T[28], quote);
        f[n++] = FeatureHash.Combine(T[29], FeatureHash.Int(u <= lead ? 1 : 0), starting);
        f[n++] = FeatureHash.Combine(T[30], wpp, starting);
        f[n++] = FeatureHash.Combine(T[31], FeatureHash.Int(before), starting);
        f[n++] = FeatureHash.Combine(T[32], FeatureHash.Int(before), FeatureHash.Int(after));
        f[n++] = FeatureHash.Combine(T[33], endingBefore, starting);
        f[n++] = FeatureHash.Combine(T[34], head >= 0 ? FeatureHash.Chars(p.Lemma[head]) : SentenceEdge, starting);
        f[n++] = FeatureHash.Combine(T[35], w, wn);
        return n;
    }

    /// <summary>The features of "token <paramref name="t"/> is (part of) a cue" for the cue scorer; returns how many.</summary>
    public int CueFeatures(int t, Span<ulong> f)
    {
        var p = _p;
        int sentence = p.SentenceOf[t];
        int sFirst = p.Sentences.FirstToken(sentence), sEnd = p.Sentences.EndToken(sentence);
        ulong lemma = FeatureHash.Chars(p.Lemma[t]);
        ulong rel = FeatureHash.Chars(p.Relations[t]);
        ulong pos = Pos(t);
        int shape = 0;
        int subject = -1;
        ulong objectLemma = SentenceEdge, preposition = SentenceEdge;
        foreach (int c in p.Children(t))
        {
            var r = p.BaseRelation(c);
            if (r.SequenceEqual("obj") && objectLemma == SentenceEdge)
            {
                objectLemma = FeatureHash.Chars(p.Lemma[c]);
            }
            else if ((r.SequenceEqual("obl") || r.SequenceEqual("nmod")) && c > t && preposition == SentenceEdge)
            {
                int cs = p.Child(c, "case");
                preposition = cs >= 0 ? FeatureHash.LowerChars(p.Chars(cs)) : preposition;
            }

            shape |= r.SequenceEqual("ccomp") ? 1 : r.SequenceEqual("xcomp") ? 2 : r.SequenceEqual("obj") ? 4 : r.SequenceEqual("obl") || r.SequenceEqual("nmod") ? 8
                : r.SequenceEqual("parataxis") ? 16 : 0;
            if (r.SequenceEqual("nsubj"))
            {
                subject = c;
            }
        }

        int head = p.Heads[t];
        ulong headLemma = head >= 0 ? FeatureHash.Chars(p.Lemma[head]) : SentenceEdge;
        int entity = subject >= 0 && p.Entities is not null ? p.Entities.EntityOfToken(subject) : -1;
        ulong subjectHash = subject < 0 ? SentenceEdge : entity >= 0 ? FeatureHash.Int(100 + (int)p.Entities!.Entities[entity].Label) : Pos(subject);
        ulong quotes = FeatureHash.Int(Math.Min(_tokens.QuoteMarks(sFirst, sEnd - 1), 3));
        ulong shapeHash = FeatureHash.Int(shape);
        int n = 0;
        f[n++] = C[0];
        f[n++] = FeatureHash.Combine(C[1], lemma, pos);
        f[n++] = FeatureHash.Combine(C[2], lemma, rel);
        f[n++] = FeatureHash.Combine(C[3], lemma, shapeHash);
        f[n++] = FeatureHash.Combine(C[4], pos, rel, shapeHash);
        f[n++] = FeatureHash.Combine(C[5], Word(t), Word(t + 1 < sEnd ? t + 1 : -1));
        f[n++] = FeatureHash.Combine(C[6], Word(t > sFirst ? t - 1 : -1), lemma);
        f[n++] = FeatureHash.Combine(C[7], lemma, subjectHash);
        f[n++] = FeatureHash.Combine(C[8], headLemma, rel, pos);
        f[n++] = FeatureHash.Combine(C[9], FeatureHash.Int(_tokens.CueKinds[t]), pos, quotes);
        f[n++] = FeatureHash.Combine(C[10], lemma, quotes);
        f[n++] = FeatureHash.Combine(C[11], subjectHash, shapeHash, pos);
        f[n++] = FeatureHash.Combine(C[12], lemma, objectLemma);
        f[n++] = FeatureHash.Combine(C[13], lemma, preposition);
        f[n++] = FeatureHash.Combine(C[14], headLemma, lemma);
        return n;
    }

    // The largest constituent that starts at u: the highest head whose subtree still starts there, or -1.
    private int Top(int u)
    {
        if (u < 0)
        {
            return -1;
        }

        int x = u;
        for (int depth = 0; depth < 200; depth++)
        {
            int h = _p.Heads[x];
            if (h < 0 || _first[h] != u)
            {
                break;
            }

            x = h;
        }

        return x;
    }

    private ulong StartingRelation(int u) => Top(u) is var x and >= 0 ? FeatureHash.Chars(_p.Relations[x]) : SentenceEdge;

    // The relation of the largest constituent that ends at u.
    private ulong EndingRelation(int u)
    {
        if (u < 0)
        {
            return SentenceEdge;
        }

        int x = u;
        for (int depth = 0; depth < 200; depth++)
        {
            int h = _p.Heads[x];
            if (h < 0 || _last[h] != u)
            {
                break;
            }

            x = h;
        }

        return FeatureHash.Chars(_p.Relations[x]);
    }

    // 1 when an odd number of quotation marks precede u in its sentence, plus 2 when u is one.
    private int QuoteState(int u, int sFirst) => (u > sFirst && _tokens.QuoteMarks(sFirst, u - 1) % 2 == 1 ? 1 : 0) + (_p.IsQuoteMark(u) ? 2 : 0);

    private ulong Word(int u) => u < 0 ? SentenceEdge : FeatureHash.LowerChars(_p.Chars(u));

    private ulong Pos(int u) => u < 0 ? SentenceEdge : FeatureHash.Int((int)_p.Upos[u]);
}

using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// Per-token facts that <see cref="AttributionFeatures"/> reads for every candidate, computed once per document: the
/// cue list's kind of each lemma, and running counts (listed cue verbs, those with a subject, commas, quotation marks,
/// relative clauses after a comma) so that what a span holds costs two lookups instead of a walk over it.
/// </summary>
internal sealed class AttributionTokens
{
    private readonly int[] _cueVerbs;
    private readonly int[] _cueVerbsWithSubject;
    private readonly int[] _commas;
    private readonly int[] _quoteMarks;
    private readonly int[] _relatives;

    private AttributionTokens(int count)
    {
        CueKinds = new sbyte[count];
        _cueVerbs = new int[count + 1];
        _cueVerbsWithSubject = new int[count + 1];
        _commas = new int[count + 1];
        _quoteMarks = new int[count + 1];
        _relatives = new int[count + 1];
    }

    /// <summary>Per token, the cue list's kind of its lemma, or -1.</summary>
    public sbyte[] CueKinds { get; }

    /// <summary>Listed cue verbs among tokens first..last.</summary>
    public int CueVerbs(int first, int last) => _cueVerbs[last + 1] - _cueVerbs[first];

    /// <summary>Listed cue verbs with a nominal subject among tokens first..last.</summary>
    public int CueVerbsWithSubject(int first, int last) => _cueVerbsWithSubject[last + 1] - _cueVerbsWithSubject[first];

    /// <summary>Commas among tokens first..last.</summary>
    public int Commas(int first, int last) => _commas[last + 1] - _commas[first];

    /// <summary>Quotation marks among tokens first..last.</summary>
    public int QuoteMarks(int first, int last) => _quoteMarks[last + 1] - _quoteMarks[first];

    /// <summary>Heads of relative clauses that follow a comma among tokens first..last.</summary>
    public int Relatives(int first, int last) => _relatives[last + 1] - _relatives[first];

    public static AttributionTokens Create(ParsedDocument p, SpeechCueLexicon cues)
    {
        var x = new AttributionTokens(p.Count);
        for (int t = 0; t < p.Count; t++)
        {
            x.CueKinds[t] = cues.KindOf(p.Lemma[t]) is { } k ? (sbyte)k : (sbyte)-1;
            bool cueVerb = x.CueKinds[t] >= 0 && p.Upos[t] == UniversalPos.VERB;
            bool relative = p.Relations[t] == "acl:relcl" && p.Subtree(t).First is var first && first > 0 && p.Chars(first - 1).SequenceEqual(",");
            x._cueVerbs[t + 1] = x._cueVerbs[t] + (cueVerb ? 1 : 0);
            x._cueVerbsWithSubject[t + 1] = x._cueVerbsWithSubject[t] + (cueVerb && p.Child(t, "nsubj") >= 0 ? 1 : 0);
            x._commas[t + 1] = x._commas[t] + (p.Chars(t).SequenceEqual(",") ? 1 : 0);
            x._quoteMarks[t + 1] = x._quoteMarks[t] + (p.IsQuoteMark(t) ? 1 : 0);
            x._relatives[t + 1] = x._relatives[t] + (relative ? 1 : 0);
        }

        return x;
    }
}

namespace Wirewatch.Events.Quotes;

/// <summary>
/// Per-token facts that <see cref="AttributionFeatures"/> reads many times per document, computed once: the cue list's
/// kind of each lemma.
/// </summary>
internal sealed class AttributionTokens
{
    private AttributionTokens(sbyte[] cueKinds) => CueKinds = cueKinds;

    /// <summary>Per token, the cue list's kind of its lemma, or -1.</summary>
    public sbyte[] CueKinds { get; }

    public static AttributionTokens Create(ParsedDocument p, SpeechCueLexicon cues)
    {
        var kinds = new sbyte[p.Count];
        for (int t = 0; t < p.Count; t++)
        {
            kinds[t] = cues.KindOf(p.Lemma[t]) is { } k ? (sbyte)k : (sbyte)-1;
        }

        return new AttributionTokens(kinds);
    }
}

namespace Wirewatch.Events.Quotes;

/// <summary>
/// One possible content for a possible cue token: the token range <c>[First, Last]</c>, the token that anchors it in
/// the parse (the cue's child whose subtree it is, or -1 for spans cut from the sentence) and how it was found.
/// </summary>
internal readonly record struct AttributionCandidate(int Cue, int First, int Last, int Anchor, AttributionCandidateKind Kind);

namespace Wirewatch.Events.Relations;

/// <summary>A pair of mentions of one sentence, <see cref="A"/> before <see cref="B"/> (indices into the document's <see cref="RelationMention"/> list).</summary>
internal readonly record struct RelationCandidate(int A, int B);

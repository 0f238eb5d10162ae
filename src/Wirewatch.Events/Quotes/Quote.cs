using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// One attribution: who (<see cref="Speaker"/>, null when the text names nobody) said, wrote or thinks what
/// (<see cref="Content"/>), through which cue words (<see cref="Cue"/>). <see cref="Direct"/> is true for text inside
/// quotation marks; <see cref="Partial"/> for reported speech that quotes a fragment ("IS may be "poaching" ...");
/// <see cref="Continuation"/> for the second part of a split quotation, which takes the first part's speaker and cue.
/// </summary>
public sealed record Quote(
    QuoteSpeaker? Speaker,
    TextSpan? Cue,
    TextSpan Content,
    bool Direct,
    bool Partial,
    bool Continuation,
    string Reason);

namespace Wirewatch.Events.Quotes;

/// <summary>How a cue word introduces its content (see <c>data/events/speech-cues.txt</c>).</summary>
public enum CueKind
{
    /// <summary>The content is a clause or a quotation: "said (that) ...".</summary>
    Speech,

    /// <summary>Like <see cref="Speech"/>, and the object is the content when there is no clause: "endorsed Trump".</summary>
    Attitude,

    /// <summary>A multi-word cue such as "according to".</summary>
    Phrase,
}

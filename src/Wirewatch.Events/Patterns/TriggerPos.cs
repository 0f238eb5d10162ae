namespace Wirewatch.Events.Patterns;

/// <summary>The part of speech a trigger pattern applies to.</summary>
public enum TriggerPos
{
    /// <summary>A verb ("attacked", "pounded").</summary>
    Verb,

    /// <summary>A noun, usually a nominalisation ("the execution of", "air strikes").</summary>
    Noun,
}

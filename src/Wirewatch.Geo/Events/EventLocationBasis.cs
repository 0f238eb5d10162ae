namespace Wirewatch.Geo.Events;

/// <summary>Where an event's place came from, strongest first.</summary>
public enum EventLocationBasis
{
    /// <summary>The place hangs off the trigger in the dependency parse ("attacked ... in Derna").</summary>
    Parse,

    /// <summary>The place is in the trigger's sentence.</summary>
    Sentence,

    /// <summary>Nothing in the sentence: the article's focus place.</summary>
    ArticleFocus,
}

namespace Wirewatch.ActorImporter;

/// <summary>One actor as a TABARI file gives it: the root name, its synonyms, its coded roles and the comment on its root line.</summary>
internal sealed class TabariActor
{
    public required string Root { get; init; }

    public List<string> Synonyms { get; } = [];

    public List<TabariCode> Codes { get; } = [];

    public string Comment { get; init; } = string.Empty;

    /// <summary>1-based line of the root name.</summary>
    public int Line { get; init; }
}

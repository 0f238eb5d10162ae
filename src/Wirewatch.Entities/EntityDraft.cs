using Wirewatch.Actors;

namespace Wirewatch.Entities;

/// <summary>A mention being built: tokens, label, evidence and what resolution found. Internal working state.</summary>
internal sealed class EntityDraft
{
    public int First;
    public int End;
    public EntityLabel Label;
    public string Reason = string.Empty;
    public string Text = string.Empty;
    public ActorEntry? Actor;
    public string Country = string.Empty;
    public string Sector = string.Empty;
    public string Canonical = string.Empty;

    /// <summary>The name without leading titles and articles ("General David Rodriguez" → "David Rodriguez").</summary>
    public string Core = string.Empty;

    public int Cluster = -1;

    public int TokenCount => End - First;
}

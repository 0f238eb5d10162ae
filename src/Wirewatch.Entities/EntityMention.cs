namespace Wirewatch.Entities;

/// <summary>
/// One mention of an entity: characters <c>[Start, End)</c> of the text, tokens <c>[FirstToken, EndToken)</c>, its
/// label, the index of its entity in <see cref="EntityLayer.Entities"/>, and what found it (<c>model</c>,
/// <c>dictionary:ID</c>, <c>rule:date</c>, ...).
/// </summary>
public sealed record EntityMention(int Start, int End, int FirstToken, int EndToken, EntityLabel Label, int Entity, string Reason);

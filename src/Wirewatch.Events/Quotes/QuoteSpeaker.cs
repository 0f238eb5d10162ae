namespace Wirewatch.Events.Quotes;

/// <summary>
/// Who is quoted: the words of the text that name the speaker (<c>[Start, End)</c>; for a pronoun, the pronoun), the
/// resolved entity's canonical name and id when there is one, and a descriptor from an apposition, a prepositional
/// phrase, a relative clause or a title ("North Africa specialist and assistant professor at ...").
/// </summary>
public sealed record QuoteSpeaker(string Text, int Start, int End, string? Canonical, string? EntityId, string? Descriptor);

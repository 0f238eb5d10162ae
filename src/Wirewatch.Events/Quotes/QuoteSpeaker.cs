using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// Who is quoted: the words of the text that name the speaker (<c>[Start, End)</c>; for a pronoun, the pronoun), the
/// resolved entity's canonical name and id when there is one, and a descriptor from an apposition, a prepositional
/// phrase, a relative clause or a title ("North Africa specialist and assistant professor at ..."). For a relative
/// pronoun ("officials, who said ...") <see cref="Antecedent"/> is the noun phrase it stands for, whose entity and
/// descriptor the speaker takes.
/// </summary>
public sealed record QuoteSpeaker(string Text, int Start, int End, string? Canonical, string? EntityId, string? Descriptor)
{
    /// <summary>The noun phrase a relative pronoun stands for; null for other mentions.</summary>
    public TextSpan? Antecedent { get; init; }
}

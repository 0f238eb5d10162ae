using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Relations;

/// <summary>
/// One gold relation for training: re3d's type (BelongsTo, AlliesOf, Likes, InChargeOf, FightingAgainst, Dislikes,
/// CoLocated; other types are ignored) from the <see cref="Source"/> span to the <see cref="Target"/> span.
/// </summary>
public sealed record RelationExample(string Type, TextSpan Source, TextSpan Target);

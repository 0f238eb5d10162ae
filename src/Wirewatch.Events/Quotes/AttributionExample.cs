using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// One gold attribution for training: the character spans of its cue and of its content (either may be discontinuous),
/// and of its source when it has one (not used for training; kept for scoring).
/// </summary>
public sealed record AttributionExample(IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Content)
{
    public IReadOnlyList<TextSpan>? Source { get; init; }
}

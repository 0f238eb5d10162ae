namespace Wirewatch.Events.Attributes;

/// <summary>
/// A time expression found in a sentence: its tokens [FirstToken, EndToken), the token that attaches it to the parse
/// (<see cref="AttachToken"/>, whose head is outside the expression; -1 without a parse) and its resolved date,
/// whose Start/End are the expression's char span.
/// </summary>
public sealed record TimeExpression(int FirstToken, int EndToken, int AttachToken, EventDate Date);

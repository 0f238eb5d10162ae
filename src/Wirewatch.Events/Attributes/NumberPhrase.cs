namespace Wirewatch.Events.Attributes;

/// <summary>A number phrase read from the text: the ACLED value, its bounds, the token range [First, End) and why.</summary>
internal readonly record struct NumberPhrase(int? Value, int? Min, int? Max, int First, int End, string Reason);

namespace Wirewatch.Events.Attributes;

/// <summary>
/// A casualty figure under ACLED's conservative rules. <paramref name="Value"/> null means a count is stated but unknown ("some");
/// <paramref name="Start"/>/<paramref name="End"/> are the char span of the number phrase.
/// </summary>
public sealed record EventCount(int? Value, int? Min, int? Max, int Start, int End, string Reason);

namespace Wirewatch.Events;

/// <summary>Whether one expected item was found, and either the matching prediction or why the closest one failed.</summary>
public sealed record ExpectationResult(string Id, bool Required, bool Found, string Detail);

namespace Wirewatch.Events;

/// <summary>One quote of an expected.json file: the content must contain <see cref="Contains"/> and the speaker match <see cref="Speaker"/>.</summary>
public sealed record ExpectedQuote(string Id, bool Required, string Speaker, string Contains);

namespace Wirewatch.Ingest.Language;

/// <summary>
/// What <see cref="LanguageDetector"/> concluded: an ISO 639-1 code (<c>und</c> when it cannot tell),
/// whether the pipeline should process the text, and the evidence in words.
/// </summary>
public sealed record LanguageGuess(string Code, bool Accept, string Reason);

namespace Wirewatch.Ingest;

/// <summary>A source (file, <c>file:line</c>, feed item) that did not become an article, and why.</summary>
public sealed record IngestRejection(string Source, RejectionKind Kind, string Reason);

using Wirewatch.Core.Documents;

namespace Wirewatch.Ingest.Engine;

/// <summary>An article after the pipeline: the annotated document (its metadata carries the id) and what ingest learned on the way.</summary>
public sealed record ProcessedArticle(
    Document Document,
    RawArticle Raw,
    string? CanonicalUrl,
    string? DateBasis,
    ulong SimHash,
    int Words);

using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;

namespace Wirewatch.Storage;

/// <summary>
/// An article ready to be stored: metadata in columns, the full JSON record (as DocumentJsonWriter
/// writes it), and the events and quotes taken from that record for their own tables.
/// </summary>
public sealed class ArticleRecord
{
    /// <summary>Stable id: a hash of the canonical URL, else of the normalised text.</summary>
    public required string Id { get; init; }

    public string? Url { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Where the publication date came from: metadata, dateline, file-name, option.</summary>
    public string? DateBasis { get; init; }

    public string? Language { get; init; }

    /// <summary>The file, <c>file:line</c> or feed item the article was read from.</summary>
    public required string Origin { get; init; }

    public int WordCount { get; init; }

    /// <summary>64-bit SimHash of the text's word shingles, for near-duplicate detection.</summary>
    public ulong SimHash { get; init; }

    public required string RecordJson { get; init; }

    /// <summary>Which pipeline produced the record, events and quotes (stored with them; empty when unknown).</summary>
    public string? PipelineVersion { get; init; }

    public IReadOnlyList<EventRow> Events { get; init; } = [];

    public IReadOnlyList<QuoteRow> Quotes { get; init; } = [];

    /// <summary>Builds the record of a processed document; its metadata must carry the id.</summary>
    public static ArticleRecord FromDocument(Document document, string origin, string? canonicalUrl, string? dateBasis, int wordCount, ulong simHash, string? pipelineVersion = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Metadata;
        if (string.IsNullOrEmpty(meta.Id))
        {
            throw new ArgumentException("The document's metadata has no id.", nameof(document));
        }

        var json = DocumentJsonWriter.ToJson(document);
        var (events, quotes) = RecordSections.Extract(json);
        return new ArticleRecord
        {
            Id = meta.Id,
            Url = meta.Url,
            CanonicalUrl = canonicalUrl,
            Title = meta.Title,
            Source = meta.Source,
            Published = meta.Published,
            DateBasis = dateBasis,
            Language = meta.Language,
            Origin = origin,
            WordCount = wordCount,
            SimHash = simHash,
            RecordJson = json,
            Events = events,
            Quotes = quotes,
            PipelineVersion = pipelineVersion,
        };
    }
}

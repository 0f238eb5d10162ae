namespace Wirewatch.Ingest;

/// <summary>What a reader yields for each article-sized piece of its input: an article or a rejection.</summary>
public readonly record struct ReadResult(RawArticle? Article, IngestRejection? Rejection)
{
    public static ReadResult Of(RawArticle article) => new(article, null);

    public static ReadResult Failed(string source, string reason) => new(null, new IngestRejection(source, RejectionKind.Failed, reason));
}

namespace Wirewatch.Storage;

/// <summary>One stored event: its article (without the record), its position there, and its JSON from the record.</summary>
public sealed record StoredEvent(StoredArticle Article, int Ordinal, string Json)
{
    /// <summary>The event's id in the API and exports: article id and 1-based position.</summary>
    public string Id => $"{Article.Id}-{Ordinal + 1}";
}

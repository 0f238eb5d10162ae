using Wirewatch.Storage;

namespace Wirewatch.Server;

/// <summary>How <c>wirewatch serve</c> runs: the store, the write token and how a posted article is processed.</summary>
public sealed record ServerOptions
{
    /// <summary>The store: a SQLite file or a PostgreSQL URI / connection string.</summary>
    public required string Database { get; init; }

    /// <summary>Bearer token that allows writes; null keeps the API read-only.</summary>
    public string? WriteToken { get; init; }

    /// <summary>Turns a posted article into a record to store; null disables posting even with a token.</summary>
    public Func<ArticleSubmission, CancellationToken, ArticleRecord>? Process { get; init; }

    /// <summary>Country borders for the map (GeoJSON); the map draws without them when null or missing.</summary>
    public string? CountriesGeoJsonPath { get; init; }

    /// <summary>The largest article text a client may post, in characters.</summary>
    public int MaxArticleChars { get; init; } = 1_000_000;
}

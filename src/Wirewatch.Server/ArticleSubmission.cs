namespace Wirewatch.Server;

/// <summary>An article posted to <c>POST /api/articles</c>.</summary>
public sealed record ArticleSubmission(string Text, string? Url, string? Title, string? Source, DateOnly? Published);

namespace Wirewatch.Entities;

/// <summary>The result of <see cref="EntityExtractor.Extract"/>: entities and their mentions (text order).</summary>
public sealed record ExtractedEntities(IReadOnlyList<ArticleEntity> Entities, IReadOnlyList<EntityMention> Mentions);

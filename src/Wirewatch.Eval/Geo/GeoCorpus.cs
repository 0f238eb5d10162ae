namespace Wirewatch.Eval.Geo;

/// <summary>A read corpus: its articles, the detected format, and toponym spans that were dropped because they lie outside their text.</summary>
public sealed record GeoCorpus(GeoCorpusFormat Format, IReadOnlyList<GeoArticle> Articles, IReadOnlyList<string> SkippedSpans);

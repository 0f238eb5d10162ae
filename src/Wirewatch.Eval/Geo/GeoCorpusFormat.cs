namespace Wirewatch.Eval.Geo;

/// <summary>The toponym-resolution corpus formats the reader understands.</summary>
public enum GeoCorpusFormat
{
    /// <summary>LGL and TR-News: <c>article/text</c>, <c>toponyms/toponym</c> with <c>start</c>, <c>end</c>, <c>phrase</c>, <c>gaztag</c>.</summary>
    Lgl,

    /// <summary>GeoWebNews: <c>toponym</c> with <c>extractedName</c>, <c>start</c>, <c>end</c>, <c>latitude</c>, <c>longitude</c>, <c>geonamesID</c>.</summary>
    GeoWebNews,

    /// <summary>GeoVirus: <c>locations/location</c> with <c>name</c>, <c>start</c>, <c>end</c>, <c>lat</c>, <c>lon</c>.</summary>
    GeoVirus,
}

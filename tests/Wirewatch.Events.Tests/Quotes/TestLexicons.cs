using Wirewatch.Core.IO;
using Wirewatch.Events.Quotes;
using Wirewatch.Events.Relations;

namespace Wirewatch.Events.Tests.Quotes;

/// <summary>The shipped cue list and relation patterns from the repository's <c>data/events</c> (small text files, no models).</summary>
internal static class TestLexicons
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var root = DataDirectory.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("The tests run inside the repository; Wirewatch.slnx was not found above " + AppContext.BaseDirectory);
        return Path.Combine(root, "data", "events");
    });

    public static SpeechCueLexicon Cues { get; } = SpeechCueLexicon.Load(Path.Combine(Folder.Value, SpeechCueLexicon.FileName));

    public static RelationPatternSet Relations { get; } = RelationPatternSet.Load(Path.Combine(Folder.Value, RelationPatternSet.FileName));

    public static QuoteExtractor Extractor { get; } = new(Cues);
}

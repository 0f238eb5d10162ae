using Wirewatch.Core.Documents;
using Wirewatch.Core.Pipeline;
using Wirewatch.Text;

namespace Wirewatch.Queue.Tests;

/// <summary>Model-free pipelines: tokens and sentences, optionally with a component that throws on a marker word.</summary>
internal static class TestPipelines
{
    public static Pipeline Plain() => new PipelineBuilder().Add(new NewsTokenizer()).Add(new SentenceSplitter()).Build();

    public static Pipeline ThrowingOn(string marker) =>
        new PipelineBuilder().Add(new NewsTokenizer()).Add(new SentenceSplitter()).Add(new Thrower(marker)).Build();

    public static Pipeline Slow(TimeSpan delay) =>
        new PipelineBuilder().Add(new NewsTokenizer()).Add(new SentenceSplitter()).Add(new Sleeper(delay)).Build();

    private sealed class Sleeper(TimeSpan delay) : IPipelineComponent
    {
        public string Name => "test.sleeper.v1";

        public IReadOnlyList<LayerKind> Requires => [];

        public IReadOnlyList<LayerKind> Assigns => [];

        public Document Process(Document document, CancellationToken cancellationToken)
        {
            Thread.Sleep(delay);
            return document;
        }
    }

    private sealed class Thrower(string marker) : IPipelineComponent
    {
        public string Name => "test.thrower.v1";

        public IReadOnlyList<LayerKind> Requires => [];

        public IReadOnlyList<LayerKind> Assigns => [];

        public Document Process(Document document, CancellationToken cancellationToken) =>
            document.Text.Contains(marker, StringComparison.Ordinal) ? throw new InvalidOperationException("component broke") : document;
    }
}

using Wirewatch.Core.Documents;
using Wirewatch.Core.Errors;
using Wirewatch.Core.Pipeline;

namespace Wirewatch.Core.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class Stub(string name, LayerKind[] requires, LayerKind[] assigns) : IPipelineComponent
    {
        public string Name => name;

        public IReadOnlyList<LayerKind> Requires => requires;

        public IReadOnlyList<LayerKind> Assigns => assigns;

        public Document Process(Document document, CancellationToken cancellationToken)
        {
            if (Array.IndexOf(assigns, LayerKind.Tokens) >= 0)
            {
                return document.With(new TokenLayer([0], [document.Text.Length], document.Text.Length));
            }

            return document;
        }
    }

    [Fact]
    public void Unmet_requirement_fails_at_build_time()
    {
        var builder = new PipelineBuilder().Add(new Stub("parser", [LayerKind.Tags], [LayerKind.Dependencies]));
        var ex = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("parser", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Tags", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_owners_of_one_layer_fail_at_build_time()
    {
        var builder = new PipelineBuilder()
            .Add(new Stub("a", [], [LayerKind.Tokens]))
            .Add(new Stub("b", [], [LayerKind.Tokens]));
        Assert.Throws<PipelineConfigurationException>(() => builder.Build());
    }

    [Fact]
    public void Components_run_in_the_order_written()
    {
        var pipeline = new PipelineBuilder()
            .Add(new Stub("tok", [], [LayerKind.Tokens]))
            .Add(new Stub("use", [LayerKind.Tokens], []))
            .Build();
        var doc = pipeline.Process(new Document("word"));
        Assert.Equal(1, doc.TokenCount);
        Assert.Equal(["tok", "use"], pipeline.Components.Select(c => c.Name));
    }

    [Fact]
    public void Process_all_keeps_document_order()
    {
        var pipeline = new PipelineBuilder().Add(new Stub("tok", [], [LayerKind.Tokens])).Build();
        var docs = Enumerable.Range(1, 50).Select(i => new Document(new string('x', i))).ToArray();
        var results = pipeline.ProcessAll(docs);
        for (int i = 0; i < docs.Length; i++)
        {
            Assert.Equal(i + 1, results[i].Text.Length);
        }
    }
}

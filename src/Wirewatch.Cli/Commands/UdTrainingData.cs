using System.Security.Cryptography;
using Wirewatch.Core.IO;
using Wirewatch.Eval.Conllu;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Training;

namespace Wirewatch.Cli.Commands;

/// <summary>Finds and reads the UD treebank the train commands learn from, and describes it for model manifests.</summary>
internal static class UdTrainingData
{
    public const string Licence = "Weights derived from Universal Dependencies English EWT v2.15 (CC BY-SA 4.0; Stanford University); see NOTICE.";

    /// <summary>The <c>--data</c> folder, or <c>ud-ewt</c> in the shared data folder.</summary>
    public static string Folder(CommandArgs args) =>
        Path.GetFullPath(args.Value("--data") ?? Path.Combine(DataDirectory.ResolveShared(), "ud-ewt"));

    /// <summary>The one file in <paramref name="folder"/> whose name ends in <c>-ud-{split}.conllu</c>.</summary>
    public static string SplitFile(string folder, string split)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"The treebank folder '{folder}' does not exist; pass --data PATH.");
        }

        var matches = Directory.GetFiles(folder, $"*-ud-{split}.conllu");
        return matches.Length == 1
            ? matches[0]
            : throw new UsageException($"Expected one *-ud-{split}.conllu file in '{folder}', found {matches.Length}.");
    }

    /// <summary>Reads a CoNLL-U file as gold sentences (words only; range lines and empty nodes are left out).</summary>
    public static List<AnnotatedSentence> Read(string path)
    {
        var sentences = ConlluReader.ReadFile(path);
        var result = new List<AnnotatedSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            result.Add(ToAnnotated(sentence));
        }

        return result;
    }

    public static AnnotatedSentence ToAnnotated(ConlluSentence sentence)
    {
        int n = sentence.Words.Count;
        var forms = new string[n];
        var lemmas = new string[n];
        var upos = new string[n];
        var xpos = new string[n];
        var heads = new int[n];
        var relations = new string[n];
        for (int i = 0; i < n; i++)
        {
            var w = sentence.Words[i];
            forms[i] = w.Form;
            lemmas[i] = w.Lemma;
            upos[i] = w.Upos;
            xpos[i] = w.Xpos;
            heads[i] = w.Head;
            relations[i] = w.DepRel;
        }

        return new AnnotatedSentence(forms, lemmas, upos, xpos, heads, relations);
    }

    /// <summary>A manifest entry for a data file: its path relative to the shared data folder when it lies there, and its SHA-256.</summary>
    public static DataFileReference Reference(string role, string path)
    {
        var full = Path.GetFullPath(path);
        var shared = Path.GetFullPath(DataDirectory.ResolveShared());
        var relative = Path.GetRelativePath(shared, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(full) : relative.Replace('\\', '/');
        using var stream = File.OpenRead(full);
        return new DataFileReference(role, shown, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    /// <summary>The <c>--out</c> folder, or <c>data/models</c> of the repository the program was built from.</summary>
    public static string ModelFolder(CommandArgs args)
    {
        var explicitOut = args.Value("--out");
        if (explicitOut is not null)
        {
            return Path.GetFullPath(explicitOut);
        }

        return DefaultModelFolder();
    }

    /// <summary>The repository's data/models (or the data folder's models when not run from a checkout).</summary>
    public static string DefaultModelFolder()
    {
        var repo = DataDirectory.FindRepositoryRoot(AppContext.BaseDirectory) ?? DataDirectory.FindRepositoryRoot(Directory.GetCurrentDirectory());
        return repo is null ? Path.Combine(DataDirectory.Resolve(), "models") : Path.Combine(repo, "data", "models");
    }
}

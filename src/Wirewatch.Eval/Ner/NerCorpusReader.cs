using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Ner;

/// <summary>
/// Reads CoNLL-2003 style and UNER <c>.iob2</c> files. The layout is detected from the first token line: a
/// tab-separated line whose first field is a number is <c>.iob2</c>. Only tokens, sentence breaks (blank lines) and
/// document breaks are structure; the tag column is kept as the gold answer but never needed.
/// </summary>
public static class NerCorpusReader
{
    public const string DocStart = "-DOCSTART-";

    public static NerCorpus ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputRejectedException(path, "file not found");
        }

        return Read(File.ReadAllLines(path, System.Text.Encoding.UTF8), path);
    }

    public static NerCorpus Read(IReadOnlyList<string> lines, string sourceName = "<input>")
    {
        ArgumentNullException.ThrowIfNull(lines);
        var format = Detect(lines);
        var documents = new List<NerDocument>();
        var sentences = new List<NerSentence>();
        var tokens = new List<NerToken>();

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new NerSentence([.. tokens]));
                tokens.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new NerDocument([.. sentences]));
                sentences.Clear();
            }
        }

        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                EndSentence();
                continue;
            }

            if (format == NerFormat.Iob2 && line.StartsWith('#'))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    EndDocument();
                }

                continue;
            }

            var fields = Split(line);
            if (format == NerFormat.Conll)
            {
                if (fields[0] == DocStart)
                {
                    EndDocument();
                    continue;
                }

                tokens.Add(new NerToken(fields[0], fields.Length > 1 ? fields[^1] : string.Empty, i));
            }
            else
            {
                if (fields.Length < 2)
                {
                    throw new InputRejectedException(sourceName, $"line {i + 1}: an .iob2 token line needs 'idx token TAG'.");
                }

                tokens.Add(new NerToken(fields[1], fields.Length > 2 ? fields[2] : string.Empty, i));
            }
        }

        EndDocument();
        return new NerCorpus(format, [.. lines], documents);
    }

    /// <summary>The fields of a token line: tab-separated when it has a tab, else space-separated.</summary>
    public static string[] Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Contains('\t', StringComparison.Ordinal)
            ? line.Split('\t')
            : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static NerFormat Detect(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            return fields.Length >= 3 && int.TryParse(fields[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? NerFormat.Iob2
                : NerFormat.Conll;
        }

        return NerFormat.Conll;
    }
}

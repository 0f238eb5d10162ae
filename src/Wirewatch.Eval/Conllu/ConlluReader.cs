using System.Globalization;
using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Conllu;

/// <summary>Reads CoNLL-U files sentence by sentence. Columns other than ID, FORM and MISC may be "_".</summary>
public static class ConlluReader
{
    public static IReadOnlyList<ConlluSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputRejectedException(path, "file not found");
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static IReadOnlyList<ConlluSentence> Read(TextReader reader, string sourceName = "<input>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConlluSentence>();
        var comments = new List<string>();
        var words = new List<ConlluWord>();
        var mwts = new List<ConlluMultiwordToken>();
        var lines = new List<string>();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            lines.Add(line);
            if (line[0] == '#')
            {
                comments.Add(line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..]);
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new InputRejectedException($"{sourceName}:{lineNumber}", $"expected 10 tab-separated columns, found {cols.Length}");
            }

            var id = cols[0];
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                mwts.Add(new ConlluMultiwordToken(ParseInt(id[..dash]), ParseInt(id[(dash + 1)..]), cols[1], cols[9]));
                continue;
            }

            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue; // empty node of the enhanced graph: not a surface word
            }

            int head = cols[6] == "_" ? -1 : ParseInt(cols[6]);
            words.Add(new ConlluWord(ParseInt(id), cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[8], cols[9]));

            int ParseInt(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new InputRejectedException($"{sourceName}:{lineNumber}", $"'{s}' is not a valid ID or HEAD");
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0 || comments.Count > 0)
            {
                if (words.Count > 0)
                {
                    sentences.Add(new ConlluSentence([.. comments], [.. words], [.. mwts], [.. lines]));
                }

                comments.Clear();
                words.Clear();
                mwts.Clear();
                lines.Clear();
            }
        }
    }
}

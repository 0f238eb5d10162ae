namespace Wirewatch.Eval.Ner;

/// <summary>
/// Writes predictions in the input's own layout: every input line, with one more column holding the predicted IOB2
/// tag on token lines (<c>O</c> on <c>-DOCSTART-</c> lines), separated as the line is (tab or space). Blank lines and
/// comments are copied unchanged.
/// </summary>
public static class NerPredictionWriter
{
    /// <param name="corpus">The input as read.</param>
    /// <param name="predicted">The predicted tag of each token, in file order.</param>
    /// <param name="output">Receives the lines.</param>
    public static void Write(NerCorpus corpus, IReadOnlyList<string> predicted, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(output);
        var byLine = new string?[corpus.Lines.Count];
        int k = 0;
        foreach (var token in corpus.Tokens)
        {
            if (k >= predicted.Count)
            {
                throw new ArgumentException("Fewer predictions than tokens.", nameof(predicted));
            }

            byLine[token.Line] = predicted[k++];
        }

        if (k != predicted.Count)
        {
            throw new ArgumentException("More predictions than tokens.", nameof(predicted));
        }

        for (int i = 0; i < corpus.Lines.Count; i++)
        {
            var line = corpus.Lines[i];
            string? tag = byLine[i];
            if (tag is null && corpus.Format == NerFormat.Conll && line.StartsWith(NerCorpusReader.DocStart, StringComparison.Ordinal))
            {
                tag = "O";
            }

            if (tag is null)
            {
                output.Write(line);
            }
            else
            {
                var trimmed = line.TrimEnd();
                output.Write(trimmed);
                output.Write(trimmed.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ');
                output.Write(tag);
            }

            output.Write('\n');
        }
    }
}
